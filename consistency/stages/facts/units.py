"""Unit dimensions and factors to a base unit: language-independent physics, so code, not locale data."""

from __future__ import annotations

# code -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "in": ("length", 0.0254),
    "ft": ("length", 0.3048),
    "yd": ("length", 0.9144),
    "mi": ("length", 1609.344),
    "ug": ("mass", 1e-9),  # a vaccine's dose ("60mcg", "60 мкг")
    "mg": ("mass", 1e-6),
    "g": ("mass", 0.001),
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
    "kt": ("mass", 1e6),  # the trade press's thousand tonnes ("612 kt" is "612 тис. т")
    "Mt": ("mass", 1e9),  # the grain trade's million metric tons ("32 MMT", "1.42 Mt" are "32 млн т", "1,42 млн т")
    "Gt": ("mass", 1e12),  # ice lost and carbon emitted in gigatonnes ("105 Gt", "105 Гт")
    "lb": ("mass", 0.45359237),
    "q": ("mass", 100.0),  # the centner (quintal) of harvest reports
    "m2": ("area", 1.0),
    "km2": ("area", 1e6),
    "mi2": ("area", 2589988.11),
    "ha": ("area", 1e4),
    "acre": ("area", 4046.8564),
    "ml": ("volume", 0.001),
    "cl": ("volume", 0.01),  # a bottle's "70cl", the "0,7 л" of another edition
    "cm3": ("volume", 0.001),  # a skull's "590cc", "590 см³"
    "tsp": ("volume", 0.005),  # a recipe's teaspoon and tablespoon
    "tbsp": ("volume", 0.015),
    "l": ("volume", 1.0),
    "m3": ("volume", 1000.0),
    "ft3": ("volume", 28.316846592),
    "gal": ("volume", 3.785411784),
    # the gas trade's billion and million cubic metres ("13.2 bcm" is "13,2 млрд куб. м")
    "bcm": ("volume", 1e12),
    "mcm": ("volume", 1e9),
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "kn": ("speed", 1.852),  # a ship's knots, nautical miles an hour
    "nmi": ("length", 1852.0),
    "m/s": ("speed", 3.6),  # the forecasters' wind ("вітер 9–14 м/с")
    "h": ("duration", 3600.0),
    "min": ("duration", 60.0),
    "s": ("duration", 1.0),
    "day": ("duration", 86400.0),
    "week": ("duration", 604800.0),
    "month": ("duration", 2629800.0),  # a twelfth of the Julian year below: "18 months" is "півтора року"
    "year": ("duration", 31557600.0),
    # stored data in decimal units, as storage makers and news copy count them ("64 GB", "64 ГБ")
    "kB": ("data", 1e3),
    "MB": ("data", 1e6),
    "GB": ("data", 1e9),
    "TB": ("data", 1e12),
    # a connection's speed, in bits per second ("1,2 Гбіт/с", "1.2 Gbps")
    "kbit/s": ("data rate", 1e3),
    "Mbit/s": ("data rate", 1e6),
    "Gbit/s": ("data rate", 1e9),
    "Tbit/s": ("data rate", 1e12),  # a DDoS attack's peak ("1.7 Tbps", "1,7 Тбіт/с")
    # power and energy, as grids and bills count them ("4,32 грн за кВт·год", "a 500 MW unit", "1654 грн за Гкал")
    "W": ("power", 1.0),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "Wh": ("energy", 1.0),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "Gcal": ("energy", 1.163e6),  # the heat of district heating bills: a gigacalorie is 1.163 MWh
    # a power line's voltage ("a 750 kV line", "ЛЕП 330 кВ")
    "kV": ("voltage", 1e3),
    # a car's horsepower, the metric one that European specifications give ("150 к.с. (110 кВт)"; the imperial one is
    # 745.7 W, 1.4% more)
    "hp": ("power", 735.5),
    # radiation, as nuclear plants and the Chornobyl zone report it ("0,10–0,12 мкЗв/год", "20 mSv a year")
    "uSv": ("dose", 1e-6),
    "mSv": ("dose", 1e-3),
    "Sv": ("dose", 1.0),
    "uSv/h": ("dose rate", 1e-6),
    "mSv/h": ("dose rate", 1e-3),
    # oil, as OPEC+ and the IEA count it ("0.8 mb/d" is "0,8 млн б/д"; "2 million barrels")
    "bbl": ("oil", 1.0),
    "bbl/d": ("oil flow", 1.0),
    "mb/d": ("oil flow", 1e6),
    # a camera's resolution ("a 48MP camera", "48 Мп")
    "MP": ("resolution", 1e6),
    "fps": ("frame rate", 1.0),
    # a gas's share of the air ("1,942 ppb" of methane, "422 ppm" of carbon dioxide)
    "ppm": ("concentration", 1e-6),
    "ppb": ("concentration", 1e-9),
    # a vitamin's or a hormone's dose in international units ("4,000 IU", "4000 МО", "4000 МЕ")
    "IU": ("biological activity", 1.0),
    # a rate's or a yield's move in basis points, a hundredth of a percentage point ("dropped 6bp")
    "bp": ("basis points", 1.0),
    # a phone's screen, processor, battery and chip ("120Hz", "3.2 ГГц", "5,150mAh", "3-нм")
    "Hz": ("frequency", 1.0),
    "kHz": ("frequency", 1e3),
    "MHz": ("frequency", 1e6),
    "GHz": ("frequency", 1e9),
    "mAh": ("charge", 1.0),
    "nm": ("length", 1e-9),
    # a blood test's and a doping test's concentrations, by amount and by mass ("8 мкмоль/л", "38 ng/mL")
    "umol/L": ("molar concentration", 1e-6),
    "mmol/L": ("molar concentration", 1e-3),
    "ng/mL": ("mass concentration", 1e-6),
    "ug/mL": ("mass concentration", 1e-3),
    "mg/L": ("mass concentration", 1e-3),
    "g/L": ("mass concentration", 1.0),
}
TEMPERATURE = {"C", "F"}


def to_base(value: float, unit: str) -> tuple[str, float] | None:
    """(dimension, value in the base unit); temperatures go to Celsius."""
    if unit == "C":
        return "temperature", value
    if unit == "F":
        return "temperature", (value - 32.0) * 5.0 / 9.0
    known = UNITS.get(unit)
    if known is None:
        return None
    return known[0], value * known[1]


def dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit in TEMPERATURE:
        return "temperature"
    known = UNITS.get(unit)
    return known[0] if known else None

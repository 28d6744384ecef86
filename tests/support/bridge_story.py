"""A small invented news story in English and Ukrainian, sentence by sentence parallel."""

EN = [
    "The city of Lviv opened a new pedestrian bridge over the railway on Monday.",
    "The bridge is 120 metres long and cost 45 million hryvnias.",
    "Mayor Andriy Sadovyi said the work took two years.",
    "Residents had asked for a safe crossing since 2019.",
    "The old crossing was closed after an accident in which two people were injured.",
    "Engineers from Poland helped design the structure.",
    "The bridge has lifts for wheelchair users and parents with prams.",
    "Traffic police will patrol the area during the first weeks.",
    "Another bridge is planned for the northern district next year.",
]

UK = [
    "У понеділок у Львові відкрили новий пішохідний міст через залізницю.",
    "Довжина мосту становить 120 метрів, а його вартість — 45 мільйонів гривень.",
    "Мер Андрій Садовий сказав, що роботи тривали два роки.",
    "Мешканці просили про безпечний перехід ще з 2019 року.",
    "Старий перехід закрили після аварії, у якій постраждали двоє людей.",
    "Конструкцію допомагали проєктувати інженери з Польщі.",
    "Міст має ліфти для людей на візках і батьків із колясками.",
    "Перші тижні за районом стежитиме патрульна поліція.",
    "Наступного року планують звести ще один міст у північному районі.",
]

# what an MT system might make of UK, sentence by sentence
UK_IN_ENGLISH = [
    "On Monday, a new pedestrian bridge over the railway was opened in Lviv.",
    "The length of the bridge is 120 meters, and its cost is 45 million hryvnias.",
    "Mayor Andriy Sadovyi said that the work lasted two years.",
    "Residents have been asking for a safe crossing since 2019.",
    "The old crossing was closed after an accident in which two people were injured.",
    "Engineers from Poland helped to design the structure.",
    "The bridge has elevators for people in wheelchairs and parents with strollers.",
    "The patrol police will watch the area for the first weeks.",
    "Next year they plan to build another bridge in the northern district.",
]

UNRELATED_UK = "Футбольний клуб «Карпати» програв виїзний матч у Харкові з рахунком 0:3."

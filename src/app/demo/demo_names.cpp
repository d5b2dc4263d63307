// People's names by culture and the way customers are named per language. Invented trade
// names only; surnames are the most common ones of each country.
#include "app/demo/demo_tables.h"

namespace salesdesk::app::demo {

const NameTable& SpanishNames() {
  static const NameTable t{
      "es",
      "es",
      {"Alejandro", "María", "Javier", "Lucía", "Carlos", "Carmen", "David", "Laura", "Pablo",
       "Marta", "Sergio", "Ana", "Jorge", "Cristina", "Raúl", "Elena", "Núria", "Jordi"},
      {"García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz",
       "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Serrano", "Molina",
       "Puig"}};
  return t;
}
const NameTable& LatinAmericanNames() {
  static const NameTable t{
      "es",
      "es",
      {"José", "Guadalupe", "Juan", "Valentina", "Luis", "Daniela", "Miguel", "Camila", "Andrés",
       "Sofía", "Diego", "Fernanda", "Ricardo", "Paola"},
      {"Hernández", "González", "Rodríguez", "Ramírez", "Flores", "Castillo", "Vargas", "Rojas",
       "Mendoza", "Herrera", "Aguilar", "Silva", "Morales", "Castro"}};
  return t;
}
const NameTable& PortugueseNames() {
  static const NameTable t{"pt",
                           "en",
                           {"João", "Ana", "Pedro", "Inês", "Tiago", "Mariana", "Rui", "Beatriz",
                            "Miguel", "Catarina", "Nuno", "Sofia"},
                           {"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa",
                            "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Carvalho"}};
  return t;
}
const NameTable& BrazilianNames() {
  static const NameTable t{"pt",
                           "en",
                           {"Lucas", "Gabriela", "Rafael", "Juliana", "Thiago", "Fernanda", "Bruno",
                            "Larissa", "Gustavo", "Camila", "Felipe", "Aline"},
                           {"Silva", "Souza", "Oliveira", "Lima", "Almeida", "Ribeiro", "Barbosa",
                            "Cardoso", "Araújo", "Teixeira", "Nascimento", "Moreira"}};
  return t;
}
const NameTable& GermanNames() {
  static const NameTable t{
      "de",
      "de",
      {"Lukas", "Anna", "Jonas", "Lea", "Maximilian", "Julia", "Felix", "Sarah", "Stefan",
       "Katharina", "Michael", "Sabine", "Andreas", "Claudia"},
      {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
       "Hoffmann", "Koch", "Richter", "Wolf", "Braun", "Zimmermann", "Hartmann"}};
  return t;
}
const NameTable& FrenchNames() {
  static const NameTable t{"fr",
                           "en",
                           {"Thomas", "Camille", "Nicolas", "Julie", "Julien", "Claire", "Antoine",
                            "Élodie", "Mathieu", "Sophie", "Pierre", "Aurélie"},
                           {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
                            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel"}};
  return t;
}
const NameTable& DutchNames() {
  static const NameTable t{
      "en",
      "en",
      {"Daan", "Sanne", "Bram", "Lotte", "Sem", "Emma", "Ruben", "Fleur", "Jeroen", "Anouk"},
      {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
       "Meijer", "Mulder"}};
  return t;
}
const NameTable& NordicNames() {
  static const NameTable t{"en",
                           "en",
                           {"Erik", "Anna", "Lars", "Ingrid", "Johan", "Karin", "Magnus", "Sofia",
                            "Henrik", "Maja", "Nils", "Elin"},
                           {"Andersson", "Johansson", "Karlsson", "Nilsson", "Larsen", "Hansen",
                            "Olsen", "Berg", "Lindqvist", "Eriksson", "Persson", "Solberg"}};
  return t;
}
const NameTable& EnglishNames() {
  static const NameTable t{
      "en",
      "en",
      {"James", "Olivia", "Oliver", "Emily", "William", "Charlotte", "Jack", "Sophie", "Daniel",
       "Emma", "Matthew", "Grace", "Michael", "Jessica", "Ryan", "Hannah"},
      {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Wilson", "Evans", "Johnson",
       "Walker", "Wright", "Thompson", "Murphy", "Kelly", "Clarke", "Robinson"}};
  return t;
}
const NameTable& ItalianNames() {
  static const NameTable t{"it",
                           "en",
                           {"Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara",
                            "Matteo", "Sara", "Andrea", "Valentina", "Davide", "Elena"},
                           {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
                            "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca"}};
  return t;
}
const NameTable& ChineseNames() {
  static const NameTable t{
      "zh",
      "zh",
      {"Wei", "Fang", "Lei", "Jing", "Yang", "Min", "Jun", "Li", "Hao", "Xiuying", "Chen", "Yan"},
      {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"}};
  return t;
}
const NameTable& JapaneseNames() {
  static const NameTable t{"ja",
                           "en",
                           {"Haruto", "Yui", "Sota", "Aoi", "Takumi", "Sakura", "Kenta", "Yuki",
                            "Daiki", "Misaki", "Hiroshi", "Naoko"},
                           {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
                            "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"}};
  return t;
}
const NameTable& KoreanNames() {
  static const NameTable t{
      "en",
      "en",
      {"Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Su-bin", "Jae-won", "Eun-ji"},
      {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"}};
  return t;
}
const NameTable& ArabicNames() {
  static const NameTable t{"en",
                           "en",
                           {"Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Mariam", "Khalid",
                            "Noura", "Abdullah", "Layla", "Yousef", "Huda"},
                           {"Al-Harbi", "Al-Qahtani", "Al-Otaibi", "Al-Shamsi", "Al-Mutairi",
                            "Haddad", "Al-Rashid", "Al-Hashimi", "Al-Ajmi", "Al-Enezi"}};
  return t;
}

const NameStyle& SpanishStyle() {
  static const NameStyle s{"compras",
                           "Calle de {last}, {n}",
                           {"Hospital Universitario de {city}", "Hospital General de {city}",
                            "Hospital Clínico de {city}"},
                           {"Hospital {brand} {city}", "Clínica {last}"},
                           {"Centro Médico {last}", "Policlínica {city}", "Clínica Dental {last}"},
                           {"Distribuciones Médicas {last} {suffix}", "{brand} Ibérica {suffix}",
                            "Suministros Hospitalarios {city} {suffix}"},
                           {"Laboratorio Clínico {last}", "Análisis Clínicos {city}"},
                           {"Farmacia {last}"}};
  return s;
}
const NameStyle& PortugueseStyle() {
  static const NameStyle s{
      "compras",
      "Rua {last}, {n}",
      {"Hospital de {city}", "Centro Hospitalar de {city}"},
      {"Hospital {brand} {city}"},
      {"Clínica {last}", "Centro Médico de {city}"},
      {"{brand} Distribuição Médica {suffix}", "Distribuidora Hospitalar {city} {suffix}"},
      {"Laboratório {last}"},
      {"Farmácia {last}"}};
  return s;
}
const NameStyle& GermanStyle() {
  static const NameStyle s{
      "einkauf",
      "{last}straße {n}",
      {"Universitätsklinikum {city}", "Klinikum {city}-Nord", "Städtisches Klinikum {city}"},
      {"{brand} Klinik {city}", "Privatklinik {last}"},
      {"Praxisklinik Dr. {last}", "MVZ {city}-Mitte"},
      {"{brand} Medizintechnik {suffix}", "{last} Medizinprodukte {suffix}"},
      {"Labor Dr. {last} {suffix}", "Medizinisches Labor {city}"},
      {"{last}-Apotheke", "Stadt-Apotheke {city}"}};
  return s;
}
const NameStyle& FrenchStyle() {
  static const NameStyle s{"achats",
                           "{n} rue {last}",
                           {"CHU de {city}", "Centre Hospitalier de {city}"},
                           {"Clinique {brand} {city}", "Hôpital Privé de {city}"},
                           {"Cabinet Médical {last}", "Centre Médical de {city}"},
                           {"{brand} Médical {suffix}", "{last} Distribution Médicale {suffix}"},
                           {"Laboratoire {last}", "Biolab {city}"},
                           {"Pharmacie {last}", "Grande Pharmacie de {city}"}};
  return s;
}
const NameStyle& ItalianStyle() {
  static const NameStyle s{
      "acquisti",
      "Via {last} {n}",
      {"Azienda Ospedaliera di {city}", "Ospedale Maggiore di {city}", "Policlinico di {city}"},
      {"Casa di Cura {brand}", "Clinica {last}"},
      {"Poliambulatorio {last}", "Centro Medico {city}"},
      {"{brand} Italia {suffix}", "Forniture Ospedaliere {last} {suffix}"},
      {"Laboratorio Analisi {last}"},
      {"Farmacia {last}"}};
  return s;
}
const NameStyle& DutchStyle() {
  static const NameStyle s{"inkoop",
                           "{last}laan {n}",
                           {"Universitair Medisch Centrum {city}", "Ziekenhuis {city}"},
                           {"{brand} Kliniek {city}"},
                           {"Medisch Centrum {last}"},
                           {"{brand} Medical {suffix}"},
                           {"Laboratorium {city}"},
                           {"Apotheek {last}"}};
  return s;
}
const NameStyle& EnglishStyle() {
  static const NameStyle s{
      "purchasing",
      "{n} {last} Road",
      {"{city} General Hospital", "{city} University Hospital", "Royal {city} Hospital"},
      {"{brand} Hospital {city}", "{city} Private Hospital"},
      {"{last} Medical Centre", "{city} Family Clinic"},
      {"{brand} Medical Supplies {suffix}", "{city} {brand} Distribution {suffix}"},
      {"{city} Diagnostic Laboratories", "{last} Pathology"},
      {"{last} Pharmacy", "{city} Chemists"}};
  return s;
}
const NameStyle& ChineseStyle() {
  static const NameStyle s{
      "purchasing",
      "No. {n} {last} Road",
      {"{city} First People's Hospital", "{city} Municipal Hospital"},
      {"{brand} International Hospital {city}"},
      {"{city} {brand} Medical Clinic"},
      {"{city} {brand} Distribution {suffix}", "{city} Meditech Trading {suffix}"},
      {"{city} Clinical Testing Center"},
      {"{city} {last} Pharmacy"}};
  return s;
}

}  // namespace salesdesk::app::demo

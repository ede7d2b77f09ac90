//! The panel's built-in words, in every language of [`Lang`](crate::Lang).

use crate::options::lang::Labels;

/// The panel's title when none is given: the toggle's words and the landmark's name.
pub(crate) const CONTACT_US: Labels = Labels {
    en: "Contact us",
    fr: "Nous contacter",
    es: "Contáctanos",
    de: "Kontakt",
    pt: "Fale conosco",
    it: "Contattaci",
    ja: "お問い合わせ",
    nl: "Neem contact op",
    ko: "문의하기",
    ar: "تواصل معنا",
};

/// What a QR code asks of the reader, before the button's label in the code's accessible
/// name ("Scan with your phone: Chat on WhatsApp").
#[cfg(feature = "qr")]
pub(crate) const SCAN: Labels = Labels {
    en: "Scan with your phone",
    fr: "Scannez avec votre téléphone",
    es: "Escanea con tu teléfono",
    de: "Mit dem Handy scannen",
    pt: "Escaneie com o celular",
    it: "Scansiona con il telefono",
    ja: "スマートフォンでスキャン",
    nl: "Scan met je telefoon",
    ko: "휴대폰으로 스캔하세요",
    ar: "امسح الرمز بهاتفك",
};

/// The weekdays' names, Monday first, as the away note writes them ("Replies from Monday").
#[cfg(feature = "hours")]
pub(crate) fn weekday(lang: crate::Lang, day: usize) -> &'static str {
    use crate::Lang;
    let names: [&str; 7] = match lang {
        Lang::Fr => [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        Lang::Es => [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
        Lang::De => [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
        Lang::Pt => [
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ],
        Lang::It => [
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
        ],
        Lang::Ja => [
            "月曜日",
            "火曜日",
            "水曜日",
            "木曜日",
            "金曜日",
            "土曜日",
            "日曜日",
        ],
        Lang::Nl => [
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
        Lang::Ko => [
            "월요일",
            "화요일",
            "수요일",
            "목요일",
            "금요일",
            "토요일",
            "일요일",
        ],
        Lang::Ar => [
            "الاثنين",
            "الثلاثاء",
            "الأربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
            "الأحد",
        ],
        _ => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
    };
    names.get(day).copied().unwrap_or_default()
}

/// When an away person answers, in `lang`: "Replies from Monday 09:00, Paris time", the day,
/// the time and the time zone's city put where the language puts them.
#[cfg(feature = "hours")]
pub(crate) fn replies_from(lang: crate::Lang, day: &str, time: &str, city: &str) -> String {
    use crate::Lang;
    match lang {
        Lang::Fr => format!("Répond à partir de {day} {time}, heure de {city}"),
        Lang::Es => format!("Responde a partir del {day} a las {time}, hora de {city}"),
        Lang::De => format!("Antwortet ab {day} {time}, Ortszeit {city}"),
        Lang::Pt => format!("Responde a partir de {day} às {time}, horário de {city}"),
        Lang::It => format!("Risponde da {day} alle {time}, ora di {city}"),
        Lang::Ja => format!("{day} {time}（{city}時間）から返信します"),
        Lang::Nl => format!("Antwoordt vanaf {day} {time}, tijd in {city}"),
        Lang::Ko => format!("{day} {time}({city} 시간)부터 답장합니다"),
        Lang::Ar => format!("يرد ابتداءً من {day} {time} بتوقيت {city}"),
        _ => format!("Replies from {day} {time}, {city} time"),
    }
}

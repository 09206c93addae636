//! Countries, regions, currencies and amounts of money as founders type
//! them: "Germany", "UK", "EU", "€", "30.000", "45k". Each is read into a
//! standard code (ISO 3166 for places, ISO 4217 for currencies) that job
//! boards and the pay-transparency check can rely on, and shown back in
//! words.

/// Groups of countries people name as one place, with their members'
/// ISO 3166-1 codes.
const GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "EU",
        "the EU",
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        ],
    ),
    (
        "EEA",
        "the EEA",
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO",
        ],
    ),
    (
        "DACH",
        "Germany, Austria and Switzerland",
        &["DE", "AT", "CH"],
    ),
    ("BENELUX", "the Benelux countries", &["BE", "NL", "LU"]),
    (
        "NORDICS",
        "the Nordic countries",
        &["DK", "FI", "IS", "NO", "SE"],
    ),
];

/// Anywhere at all: remote work with no limit on where applicants live.
pub const ANYWHERE: &str = "anywhere";

/// Names people use for a country that are not its ISO name, and shorter
/// names to show for countries whose ISO name is long or formal.
const ALIASES: &[(&str, &str)] = &[
    ("uk", "GB"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northern ireland", "GB"),
    ("usa", "US"),
    ("us", "US"),
    ("united states", "US"),
    ("america", "US"),
    ("holland", "NL"),
    ("the netherlands", "NL"),
    ("czechia", "CZ"),
    ("south korea", "KR"),
    ("korea", "KR"),
    ("russia", "RU"),
    ("vietnam", "VN"),
    ("taiwan", "TW"),
    ("iran", "IR"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    ("tanzania", "TZ"),
    ("moldova", "MD"),
    ("north macedonia", "MK"),
    ("syria", "SY"),
    ("laos", "LA"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("eswatini", "SZ"),
    ("ivory coast", "CI"),
    ("uae", "AE"),
    ("republic of ireland", "IE"),
];

/// The names shown for countries whose ISO name reads formally.
const SHORT: &[(&str, &str)] = &[
    ("GB", "the United Kingdom"),
    ("US", "the United States"),
    ("NL", "the Netherlands"),
    ("CZ", "Czechia"),
    ("KR", "South Korea"),
    ("KP", "North Korea"),
    ("RU", "Russia"),
    ("VN", "Vietnam"),
    ("TW", "Taiwan"),
    ("IR", "Iran"),
    ("BO", "Bolivia"),
    ("VE", "Venezuela"),
    ("TZ", "Tanzania"),
    ("MD", "Moldova"),
    ("MK", "North Macedonia"),
    ("SY", "Syria"),
    ("LA", "Laos"),
    ("BN", "Brunei"),
    ("FM", "Micronesia"),
    ("CD", "the Democratic Republic of the Congo"),
    ("PS", "Palestine"),
    ("AE", "the United Arab Emirates"),
    ("PH", "the Philippines"),
    ("TR", "Türkiye"),
    ("SZ", "Eswatini"),
];

fn fold(s: &str) -> String {
    s.trim()
        .trim_end_matches('.')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The ISO 3166-1 alpha-2 code of a country typed by name or code.
pub fn country(typed: &str) -> Result<&'static str, String> {
    let key = fold(typed);
    if key.is_empty() {
        return Err("name a country".into());
    }
    if let Some((_, code)) = ALIASES.iter().find(|(a, _)| *a == key) {
        return Ok(code);
    }
    let upper = key.to_uppercase();
    let by_code = match upper.len() {
        2 => rust_iso3166::from_alpha2(&upper),
        3 => rust_iso3166::from_alpha3(&upper),
        _ => None,
    };
    if let Some(c) = by_code {
        return Ok(c.alpha2);
    }
    let found = rust_iso3166::ALL.iter().find(|c| {
        let name = c.name.to_lowercase();
        // "Korea (Republic of)" also answers to "Korea".
        name == key || name.split(" (").next() == Some(key.as_str())
    });
    if let Some(c) = found {
        return Ok(c.alpha2);
    }
    if let Some((_, code)) = SHORT
        .iter()
        .find(|(_, n)| n.trim_start_matches("the ").to_lowercase() == key)
    {
        return Ok(code);
    }
    Err(format!(
        "\"{}\" is not a country this knows; write its name in English, such as Germany, or its two-letter code, such as DE",
        typed.trim()
    ))
}

/// A country's name as it reads in a sentence: "Germany", "the United
/// Kingdom". An unknown code is shown as it is.
pub fn country_name(code: &str) -> String {
    if let Some((_, n)) = SHORT.iter().find(|(c, _)| *c == code) {
        return (*n).to_string();
    }
    rust_iso3166::from_alpha2(code).map_or_else(|| code.to_string(), |c| c.name.to_string())
}

/// A country's name on its own, as a label or at the start of a line.
pub fn country_label(code: &str) -> String {
    let n = country_name(code);
    n.strip_prefix("the ").map(str::to_string).unwrap_or(n)
}

/// Where remote applicants may live, typed as a list of countries and
/// groups ("EU, UK", "Germany and Austria", "anywhere"), as codes and
/// group names in the order typed, repeats dropped.
pub fn countries(typed: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let spaced = typed.replace(['/', ';', '+', '&'], ",");
    let parts = spaced
        .split(',')
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" or "))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    for part in parts {
        let key = fold(part);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        let token = if matches!(key, "anywhere" | "worldwide" | "any country" | "global") {
            ANYWHERE.to_string()
        } else if let Some((id, _, _)) = GROUPS.iter().find(|(id, name, _)| {
            id.to_lowercase() == key
                || name.trim_start_matches("the ").to_lowercase() == key
                || (*id == "EU" && key == "european union")
                || (*id == "NORDICS" && key == "nordic countries")
        }) {
            (*id).to_string()
        } else if matches!(key, "europe" | "north america" | "asia" | "latin america") {
            return Err(format!(
                "\"{}\" is a continent, and where the law applies depends on the country; name the countries, or a group such as EU, EEA, DACH or Nordics",
                part.trim()
            ));
        } else {
            country(part)?.to_string()
        };
        if !out.contains(&token) {
            out.push(token);
        }
    }
    if out.is_empty() {
        return Err("name at least one country, a group such as EU, or \"anywhere\"".into());
    }
    if out.len() > 1 && out.iter().any(|t| t == ANYWHERE) {
        return Err("\"anywhere\" already includes every country; write it alone".into());
    }
    Ok(out)
}

/// The countries a list of codes and groups stands for, each once.
pub fn expand(tokens: &[String]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for t in tokens {
        let members: Vec<&str> = match GROUPS.iter().find(|(id, _, _)| id == t) {
            Some((_, _, m)) => m.to_vec(),
            None if t == ANYWHERE => Vec::new(),
            None => vec![t.as_str()],
        };
        for m in members {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// A list of codes and groups in words, as places one may live in: "the EU
/// or the United Kingdom".
pub fn describe(tokens: &[String]) -> String {
    let names: Vec<String> = tokens
        .iter()
        .map(|t| match GROUPS.iter().find(|(id, _, _)| id == t) {
            Some((_, name, _)) => (*name).to_string(),
            None if t == ANYWHERE => "anywhere".to_string(),
            None => country_name(t),
        })
        .collect();
    crate::text::or_list(&names)
}

/// A country's subdivision (a state or province) typed by name or code,
/// as its ISO 3166-2 code ("US-CO"); `None` when the country has none of
/// that name. Only the first-level subdivisions of a country are known.
pub fn subdivision(country: &str, typed: &str) -> Option<String> {
    let key = fold(typed);
    let found = rust_iso3166::from_alpha2(country)?;
    let subs = found.subdivisions()?;
    subs.iter()
        .find(|s| {
            s.name.to_lowercase() == key
                || s.code.to_lowercase() == key
                || s.code
                    .split('-')
                    .nth(1)
                    .is_some_and(|c| c.to_lowercase() == key)
        })
        .map(|s| s.code.to_string())
}

/// The ISO 4217 code of a currency typed by code, sign or name.
pub fn currency(typed: &str) -> Result<&'static str, String> {
    let key = fold(typed);
    let by_sign = match key.as_str() {
        "€" | "euro" | "euros" => Some("EUR"),
        "£" | "pound" | "pounds" | "pound sterling" | "sterling" => Some("GBP"),
        "us$" | "us dollar" | "us dollars" => Some("USD"),
        "c$" | "ca$" | "canadian dollar" | "canadian dollars" => Some("CAD"),
        "a$" | "au$" | "australian dollar" | "australian dollars" => Some("AUD"),
        "nz$" => Some("NZD"),
        "¥" | "yen" => Some("JPY"),
        "₹" | "rupee" | "rupees" => Some("INR"),
        "zł" | "zloty" => Some("PLN"),
        "swiss franc" | "swiss francs" | "franc" | "francs" => Some("CHF"),
        _ => None,
    };
    if let Some(code) = by_sign {
        return Ok(code);
    }
    if matches!(key.as_str(), "$" | "dollar" | "dollars") {
        return Err(format!(
            "\"{}\" is used by several currencies; write the three-letter code, such as USD, CAD or AUD",
            typed.trim()
        ));
    }
    if matches!(key.as_str(), "kr" | "krona" | "krone" | "kronor") {
        return Err(format!(
            "\"{}\" is used by several currencies; write the three-letter code: SEK, NOK, DKK or ISK",
            typed.trim()
        ));
    }
    iso_currency::Currency::from_code(&key.to_uppercase())
        .map(|c| c.code())
        .ok_or_else(|| {
            format!(
                "\"{}\" is not a currency this knows; write its three-letter code, such as EUR, GBP or USD",
                typed.trim()
            )
        })
}

/// The currency a country pays in, for a first guess.
pub fn currency_of(country: &str) -> Option<&'static str> {
    let c: iso_currency::Country = country.parse().ok()?;
    iso_currency::Currency::from_country(c)
        .first()
        .map(|c| c.code())
}

/// An amount of money as people write it: "30,000", "30.000", "30 000",
/// "30k", "1.5k", "25.50". A lone separator followed by exactly three
/// digits groups thousands; otherwise it marks the decimals.
pub fn amount(typed: &str) -> Result<f64, String> {
    let refuse = || {
        let t = typed.trim();
        let ranged =
            t.contains(['–', '—']) || t.trim_start_matches('-').contains('-') || t.contains(" to ");
        let signed =
            t.contains(|c: char| "€£$¥₹".contains(c)) || t.chars().any(char::is_alphabetic);
        let tip = match (ranged, signed) {
            (true, _) => "; give one figure here, and the top of the range in the next field",
            (false, true) => "; leave out the currency, which is asked next",
            _ => "",
        };
        format!("\"{t}\" is not an amount; write digits, such as 30000, 30,000 or 30k{tip}")
    };
    let mut s: String = typed
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '_'))
        .collect();
    let mut times = 1.0;
    if let Some(rest) = s.strip_suffix(['k', 'K']) {
        s = rest.to_string();
        times = 1000.0;
    }
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(refuse());
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let grouped = |sep: char| -> bool {
        // "30,000,000": every group after the first has three digits.
        let mut groups = s.split(sep);
        let first = groups.next().unwrap_or("");
        (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
    };
    let plain: String = match (dots, commas) {
        (0, 0) => s.clone(),
        (_, 0) if dots > 1 || (grouped('.') && times == 1.0) => {
            if !grouped('.') {
                return Err(refuse());
            }
            s.replace('.', "")
        }
        (0, _) if commas > 1 || (grouped(',') && times == 1.0) => {
            if !grouped(',') {
                return Err(refuse());
            }
            s.replace(',', "")
        }
        (1, 0) => s.clone(),
        (0, 1) => s.replace(',', "."),
        _ => {
            // Both: the last one marks the decimals ("30.000,50", "30,000.50").
            let (group, decimal) = if s.rfind('.') > s.rfind(',') {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (whole, cents) = s.rsplit_once(decimal).ok_or_else(refuse)?;
            let mut groups = whole.split(group);
            let first = groups.next().unwrap_or("");
            if cents.contains(group)
                || !(1..=3).contains(&first.len())
                || !groups.all(|g| g.len() == 3)
            {
                return Err(refuse());
            }
            format!("{}.{cents}", whole.replace(group, ""))
        }
    };
    let n: f64 = plain.parse().map_err(|_| refuse())?;
    let n = n * times;
    if !n.is_finite() || n <= 0.0 {
        return Err(refuse());
    }
    Ok(n)
}

/// An amount with its currency, as a posting shows it: "€30,000",
/// "CHF 90,000". Signs are used only where they name one currency.
pub fn money(amount: f64, currency: &str) -> String {
    let n = crate::answers::format_amount(amount);
    match currency {
        "EUR" => format!("€{n}"),
        "GBP" => format!("£{n}"),
        "USD" => format!("${n}"),
        "JPY" => format!("¥{n}"),
        "INR" => format!("₹{n}"),
        code => format!("{code} {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_people_write_them() {
        for (typed, n) in [
            ("30000", 30000.0),
            ("30,000", 30000.0),
            ("30.000", 30000.0),
            ("30 000", 30000.0),
            ("30k", 30000.0),
            ("1.5k", 1500.0),
            ("1,500", 1500.0),
            ("1.500", 1500.0),
            ("25.50", 25.5),
            ("12,5", 12.5),
            ("30.000,50", 30000.5),
            ("30,000.50", 30000.5),
            ("1,000,000", 1_000_000.0),
            ("90'000", 90000.0),
        ] {
            assert_eq!(amount(typed), Ok(n), "{typed}");
        }
        for typed in ["", "lots", "30,00,0", "-5", "0", "1.2.3", "€30k", "1,5k,0"] {
            assert!(
                amount(typed).is_err(),
                "{typed} read as {:?}",
                amount(typed)
            );
        }
        // The refusal says what to do about a sign or a range.
        assert!(
            amount("$110k")
                .unwrap_err()
                .contains("leave out the currency")
        );
        assert!(
            amount("110k–130k")
                .unwrap_err()
                .contains("top of the range in the next field")
        );
    }

    #[test]
    fn countries_by_name_alias_or_code() {
        assert_eq!(country("Germany"), Ok("DE"));
        assert_eq!(country("de"), Ok("DE"));
        assert_eq!(country("DEU"), Ok("DE"));
        assert_eq!(country("UK"), Ok("GB"));
        assert_eq!(country(" united   kingdom "), Ok("GB"));
        assert_eq!(country("Korea"), Ok("KR"));
        assert_eq!(country("Philippines"), Ok("PH"));
        assert!(country("Remoteville").is_err());
        assert_eq!(country_name("GB"), "the United Kingdom");
        assert_eq!(country_label("GB"), "United Kingdom");
        assert_eq!(country_name("DE"), "Germany");
    }

    #[test]
    fn applicant_places_expand_groups() {
        let t = countries("EU, UK").expect("read");
        assert_eq!(t, ["EU", "GB"]);
        assert_eq!(describe(&t), "the EU or the United Kingdom");
        let all = expand(&t);
        assert_eq!(all.len(), 28);
        assert!(all.contains(&"PT") && all.contains(&"GB"));
        assert_eq!(
            countries("Germany and Austria").expect("read"),
            ["DE", "AT"]
        );
        assert_eq!(countries("anywhere").expect("read"), [ANYWHERE]);
        assert!(expand(&countries("worldwide").expect("read")).is_empty());
        assert!(countries("Europe").unwrap_err().contains("EU, EEA"));
        assert!(countries("anywhere, DE").is_err());
        assert!(countries("UTC-5 to UTC+2").is_err());
        assert_eq!(countries("EU, EEA").map(|t| expand(&t).len()), Ok(30));
    }

    #[test]
    fn states_and_provinces() {
        assert_eq!(subdivision("US", "Colorado").as_deref(), Some("US-CO"));
        assert_eq!(subdivision("US", "co").as_deref(), Some("US-CO"));
        assert_eq!(subdivision("CA", "Ontario").as_deref(), Some("CA-ON"));
        assert_eq!(subdivision("US", "Narnia"), None);
    }

    #[test]
    fn currencies_by_code_sign_or_name() {
        assert_eq!(currency("€"), Ok("EUR"));
        assert_eq!(currency("eur"), Ok("EUR"));
        assert_eq!(currency("Pounds"), Ok("GBP"));
        assert_eq!(currency("CHF"), Ok("CHF"));
        assert!(currency("$").unwrap_err().contains("USD, CAD"));
        assert!(
            !currency("$").unwrap_err().contains("SEK"),
            "no krona uses $"
        );
        assert!(currency("kr").unwrap_err().contains("SEK, NOK"));
        assert!(currency("doubloons").is_err());
        assert_eq!(currency_of("DE"), Some("EUR"));
        assert_eq!(currency_of("GB"), Some("GBP"));
        assert_eq!(currency_of("US"), Some("USD"));
        assert_eq!(money(30000.0, "EUR"), "€30,000");
        assert_eq!(money(90000.0, "CHF"), "CHF 90,000");
        assert_eq!(money(25.5, "GBP"), "£25.50");
    }
}

package ru.kogalym.civic.contract.council;

/** The policy area a public council is attached to; CITY_WIDE is the city public council. */
public enum CouncilArea {
    YOUTH_POLICY,
    CULTURE,
    SPORT,
    HOUSING_AND_UTILITIES,
    MUNICIPAL_FINANCE,
    CITY_WIDE,
    OTHER
}

package ru.kogalym.civic.contract.cityevent;

/** Kinds of city events NCOs take part in: clean-up days (субботники), sports days (спартакиады), seminars, contests, festivals. */
public enum CityEventKind {
    CLEAN_UP_DAY,
    SPORTS_DAY,
    SEMINAR,
    CONTEST,
    FESTIVAL,
    OTHER
}

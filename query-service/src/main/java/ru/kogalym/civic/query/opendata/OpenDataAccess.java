package ru.kogalym.civic.query.opendata;

/**
 * Which open-data sets anyone may read. The support register is public by law (7-FZ art. 31.2); the NCO registry
 * holds what the state registers publish of organisations (names, OGRN, INN, address), without the leaders' names.
 * A year's activities are not public: the journal keeps values the 2020 scenario only illustrates without saying so
 * (its read model does not carry the events' {@code illustrative} metadata), and no law makes it public.
 */
public final class OpenDataAccess {

    /** Request patterns of the public sets and the catalogue, for the security configuration. */
    public static final String[] PUBLIC_PATHS = {
            "/api/open-data/", "/api/open-data/*ncos/**", "/api/open-data/*support-register/**"};

    private OpenDataAccess() {
    }
}

package ru.kogalym.civic.query.web;

/** A 0-based page number and a page size (1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} by default). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest parse(String page, String size) {
        Integer p = Params.integer("page", page);
        Integer s = Params.integer("size", size);
        return new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    }
}

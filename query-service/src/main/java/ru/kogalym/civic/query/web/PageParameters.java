package ru.kogalym.civic.query.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The page and size query parameters of every list, as sent (checked by {@link PageRequest#parse}, which names the
 * parameter in a 400); their declaration in the API description lives here once.
 */
public record PageParameters(
        @Parameter(description = "номер страницы, с 0",
                schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
        String page,
        @Parameter(description = "размер страницы",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                        defaultValue = "" + PageRequest.DEFAULT_SIZE))
        String size) {

    public PageRequest request() {
        return PageRequest.parse(page, size);
    }
}

package ru.kogalym.civic.command.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * The outcome of a creation request.
 *
 * @param id       the id of what was created
 * @param location its path, e.g. {@code /api/ncos/nco-edinstvo}
 * @param replayed true when an identical earlier request had already created it (nothing new was recorded)
 */
public record Created(String id, String location, boolean replayed) {

    /** {@code 201 Created} with the location and {@code {"id": ...}}, for a first request and a replay alike. */
    public ResponseEntity<IdResponse> toResponse() {
        return ResponseEntity.created(URI.create(location)).body(new IdResponse(id));
    }
}

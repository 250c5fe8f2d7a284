package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;

/**
 * What {@code spring.jackson.*} in {@code command-service.yml} cannot say: a request value of the wrong JSON type is
 * refused instead of converted, so that nothing malformed reaches the event log. Jackson's defaults would store
 * {@code "fullName": 1.5} as the name "1.5", {@code ""} as an absent value and {@code "registeredOn": []} as no date.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /**
     * The largest request body read, in bytes (413 beyond): above the largest valid request (a year plan of 200
     * tasks, each with a description of 10,000 Cyrillic characters, is about 4 MB of UTF-8), far below what would
     * strain the heap.
     */
    public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;

    private static final CoercionInputShape[] NOT_TEXT =
            {CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean};

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestJson() {
        return builder -> builder
                .deserializerByType(LocalDate.class, new DateFromTextOnly(LocalDateDeserializer.INSTANCE))
                .postConfigurer(mapper -> {
                    // a number or boolean is no text (the other directions are allow-coercion-of-scalars: false)
                    for (CoercionInputShape shape : NOT_TEXT) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    // "" and [] are values of the wrong type, not a way of saying null
                    mapper.coercionConfigDefaults()
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_BODY_BYTES).build());
                });
    }

    /**
     * A date is only ever {@code "YYYY-MM-DD"}: jackson-datatype-jsr310 also reads {@code [2020, 1, 1]} as a date and
     * {@code []} as null, whatever the coercion and leniency settings say.
     */
    static final class DateFromTextOnly extends DelegatingDeserializer {

        DateFromTextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new DateFromTextOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.isExpectedStartArrayToken()) {
                return context.handleUnexpectedToken(LocalDate.class, parser);
            }
            return super.deserialize(parser, context);
        }
    }
}

package org.seminardesk.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.seminardesk.platform.Text;

/**
 * JSON-B for the API, stricter than the default: a number that does not fit its field (3000000000 for an int,
 * 1e400, 2.5 for a count) is an error instead of being silently wrapped or truncated, and text with NUL or
 * broken surrogates is refused before it reaches the database.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new ExactInteger(), new ExactLong(), new StorableText()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = exact(parser);
            return number == null ? null : fitting(() -> number.intValueExact());
        }
    }

    static final class ExactLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = exact(parser);
            return number == null ? null : fitting(() -> number.longValueExact());
        }
    }

    static final class StorableText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String value = parser.getString();
            if (!Text.isStorable(value)) {
                throw new JsonbException("Text must not contain NUL characters or broken surrogate pairs");
            }
            return value;
        }
    }

    /** The number at the parser, or null for JSON null; anything else is an error. */
    private static BigDecimal exact(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber json)) {
            throw new JsonbException("A number was expected, not " + value.getValueType().toString().toLowerCase());
        }
        BigDecimal number = json.bigDecimalValue();
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("A whole number was expected, not " + number);
        }
        return number;
    }

    private static <T> T fitting(java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (ArithmeticException tooLarge) {
            throw new JsonbException("The number is too large for this field");
        }
    }
}

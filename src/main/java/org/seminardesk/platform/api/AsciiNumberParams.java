package org.seminardesk.platform.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Numbers in paths and query strings are ASCII digits only. Java's own parsing also takes other scripts'
 * digits, so /api/manage/seminars/１２ (full-width) reached seminar 12; the API fuzz test found it.
 * Anything else is 404, as for a number that is no number at all.
 */
@Provider
public class AsciiNumberParams implements ParamConverterProvider {

    private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            long.class, Long::valueOf, Long.class, Long::valueOf, int.class, Integer::valueOf, Integer.class, Integer::valueOf);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                if (!ASCII_INTEGER.matcher(value).matches()) {
                    throw new NotFoundException();
                }
                try {
                    return (T) parser.apply(value);
                } catch (NumberFormatException tooLarge) {
                    throw new NotFoundException();
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}

package org.seminardesk.platform.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body is read whole and checked before JSON-B binds it; a failed check is a 400
 * (MalformedRequestMapper) and nothing is stored.
 * <ul>
 * <li>Well-formed UTF-8: otherwise the parser puts U+FFFD for broken bytes and the garbled text is stored
 * as if it had been typed.</li>
 * <li>Complete, well-formed JSON: JSON-B skips the value of a property it does not know with Parsson's
 * skipObject, which never returns on an object cut off in the middle ({"a":{"a": …) and keeps a worker
 * thread spinning for good — a one-request denial of service the API fuzz test found. Parsing every event
 * first ends such a body with an error at its end.</li>
 * </ul>
 * JSON bodies here are small forms (at most SEMINARDESK_MAX_BODY_BYTES, BodySizeFilter); uploaded files are not
 * JSON and are read by their own parsers.
 */
@Provider
public class WellFormedJsonBodies implements ReaderInterceptor {

    /** Looked up once: Json.createParser would look the provider up again for every request. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(java.util.Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException malformed) {
            throw new ProcessingException("the bytes are not valid UTF-8");
        }
        if (!text.isBlank()) {
            try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
                while (parser.hasNext()) {
                    parser.next();
                }
            } catch (RuntimeException broken) {
                // JsonParsingException, or Parsson's plain RuntimeException for nesting deeper than 1 000
                throw new ProcessingException(broken.getMessage());
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}

package io.dockerbox.engine;

import io.dockerbox.json.Json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pull and push. The engine reports a registry's refusal inside the progress stream, not as an HTTP
 * status, so every message is checked for an error; a status other than 200 is a refusal too.
 */
final class TransferCalls {
    private static final JsonFactory JSON = new JsonFactory();
    private final EngineHttp http;

    TransferCalls(EngineHttp http) {
        this.http = http;
    }

    void pull(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        transfer("pull", reference, "/images/create?fromImage=" + EngineHttp.encode(repoTag[0]) + "&tag=" + EngineHttp.encode(repoTag[1]),
                auth, progress);
    }

    void push(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        transfer("push", reference, "/images/" + repoTag[0] + "/push?tag=" + EngineHttp.encode(repoTag[1]), auth, progress);
    }

    private void transfer(String verb, String reference, String path, RegistryAuth auth, TransferListener progress) throws EngineException {
        String what = verb + " " + reference;
        String error = null;
        try (EngineHttp.Exchange transfer = http.exchange("POST", path, Map.of("X-Registry-Auth", header(auth)), null, false, false, what)) {
            if (transfer.status() != 200) {
                String reason = transfer.readAll().message();
                throw new TransferFailedException("engine at " + http.address() + " failed to " + what + ": " + reason, reason, null);
            }
            try (JsonParser p = JSON.createParser(transfer.body())) {
                while (p.nextToken() != null) {
                    Object message = Json.read(p);
                    if (Json.at(message, "error") != null || Json.at(message, "errorDetail") != null) {
                        String detail = Json.string(message, "errorDetail", "message");
                        error = (detail != null ? detail : Json.string(message, "error")).strip();
                    } else if (Json.string(message, "status") != null) {
                        progress.update(Json.string(message, "id"), Json.string(message, "status"),
                                number(message, "current"), number(message, "total"));
                    }
                }
            }
        } catch (IOException e) {
            throw new EngineException("engine at " + http.address() + " failed to " + what + ": " + EngineConnection.rootMessage(e), e);
        }
        if (error != null) {
            throw new TransferFailedException("engine at " + http.address() + " failed to " + what + ": " + error, error, null);
        }
    }

    private static long number(Object message, String field) {
        return Json.at(message, "progressDetail", field) instanceof Number n ? n.longValue() : -1;
    }

    /**
     * The credentials as the engine takes them: JSON in URL-safe base64. Anonymous is {@code {}}: a
     * push without the header is refused as "missing X-Registry-Auth".
     */
    static String header(RegistryAuth auth) {
        Map<String, String> json = new LinkedHashMap<>();
        if (auth != null && !auth.isAnonymous()) {
            if (auth.identityToken() != null) {
                json.put("identitytoken", auth.identityToken());
            } else {
                json.put("username", auth.username());
                json.put("password", auth.password());
            }
            json.put("serveraddress", auth.registry());
        }
        return Base64.getUrlEncoder().encodeToString(Json.write(json));
    }
}

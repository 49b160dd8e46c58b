package io.dockerbox.engine;

import io.dockerbox.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a commit reads of a container's files and what watch writes into them: pause and unpause, a
 * path as a tar stream ({@code GET /containers/ID/archive}, handed to the reader as it arrives, never
 * held whole), a tar stream unpacked into it ({@code PUT}, sent in chunks as it is written), one
 * path's size ({@code HEAD}, the engine's {@code X-Docker-Container-Path-Stat}), the changes against
 * its image, and which containers mount a volume.
 */
final class FilesystemCalls {
    private final EngineHttp http;

    FilesystemCalls(EngineHttp http) {
        this.http = http;
    }

    void pause(String id) throws EngineException {
        String what = "pause container " + ImageIds.shortId(id);
        http.expect(http.request("POST", "/containers/" + id + "/pause", null, what), what, 204);
    }

    void unpause(String id) throws EngineException {
        String what = "unpause container " + ImageIds.shortId(id);
        http.expect(http.request("POST", "/containers/" + id + "/unpause", null, what), what, 204);
    }

    void readArchive(String id, String path, Engine.ArchiveReader reader) throws EngineException, IOException {
        String what = "read " + path + " of container " + ImageIds.shortId(id);
        try (EngineHttp.Exchange archive = http.exchange("GET", "/containers/" + id + "/archive?path=" + EngineHttp.encode(path), Map.of(),
                null, false, false, what)) {
            http.expect(archive, what, 200);
            reader.read(archive.body());
        }
    }

    void writeArchive(String id, String path, Engine.ArchiveWriter writer) throws EngineException {
        String what = "write into " + path + " of container " + ImageIds.shortId(id);
        try (EngineHttp.Exchange put = http.exchange("PUT", "/containers/" + id + "/archive?path=" + EngineHttp.encode(path), Map.of(),
                writer::write, false, false, what)) {
            http.expect(put, what, 200);
        } catch (IOException e) {
            throw http.connectionFailure(what, e);
        }
    }

    Optional<Long> pathSize(String id, String path) throws EngineException {
        String what = "stat " + path + " of container " + ImageIds.shortId(id);
        String stat;
        // A HEAD answer has no body, whatever its Content-Length says: only its head is read.
        try (EngineHttp.Exchange head = http.exchange("HEAD", "/containers/" + id + "/archive?path=" + EngineHttp.encode(path), Map.of(),
                null, false, false, what)) {
            stat = head.status() == 200 ? head.headers().get("x-docker-container-path-stat") : null;
        }
        if (stat == null) {
            return Optional.empty();
        }
        Object parsed;
        try {
            parsed = Json.parse(Base64.getDecoder().decode(stat.strip()), 0);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        // A folder's own size is its directory entry, not what it holds: only files count.
        Object mode = Json.at(parsed, "mode");
        if (mode instanceof Number m && (m.longValue() & (1L << 31)) != 0) {
            return Optional.of(0L);
        }
        return Json.at(parsed, "size") instanceof Number size ? Optional.of(size.longValue()) : Optional.empty();
    }

    List<FileChange> changes(String id) throws EngineException {
        String what = "list the changes of container " + ImageIds.shortId(id);
        EngineHttp.Answer answer = http.request("GET", "/containers/" + id + "/changes", null, what);
        http.expect(answer, what, 200);
        List<FileChange> changes = new ArrayList<>();
        if (http.json(answer, what) instanceof List<?> list) {
            for (Object c : list) {
                Object kind = Json.at(c, "Kind");
                changes.add(new FileChange(Json.string(c, "Path"), FileChange.Kind.of(kind instanceof Number n ? n.intValue() : 0)));
            }
        }
        return changes;
    }

    List<String> containersUsingVolume(String volume) throws EngineException {
        String what = "list the containers that mount volume " + volume;
        EngineHttp.Answer answer = http.request("GET", "/containers/json?all=1&filters=" + EngineHttp.filters("volume", List.of(volume)), null, what);
        http.expect(answer, what, 200);
        List<String> names = new ArrayList<>();
        if (http.json(answer, what) instanceof List<?> list) {
            for (Object c : list) {
                if (Json.at(c, "Names") instanceof List<?> n && !n.isEmpty()) {
                    String name = String.valueOf(n.get(0));
                    names.add(name.startsWith("/") ? name.substring(1) : name);
                }
            }
        }
        return names;
    }
}

package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * One open {@code /watch/gameserver} stream (see {@link AgonesSdk#watchGameServer}): parses each line as it
 * arrives and hands the GameServer to the listener. {@link #done()} completes when the stream ends: normally when
 * the sidecar closes it, exceptionally on an error status, a broken connection or a line that is not JSON.
 *
 * <p>Threads: lines arrive on the HTTP client's threads; {@link #close()} may be called from any thread.
 */
public final class GameServerStream implements AutoCloseable {

    private final Consumer<GameServerInfo> onChange;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;

    GameServerStream(Consumer<GameServerInfo> onChange) {
        this.onChange = onChange;
    }

    /** Completes when the stream has ended, exceptionally with an {@link SdkException} if it failed. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** Stops the stream; {@link #done()} completes normally. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        done.complete(null);
    }

    HttpResponse.BodyHandler<Void> handler() {
        return info -> {
            if (info.statusCode() / 100 != 2) {
                return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                        body -> {
                            fail(new SdkException("GET /watch/gameserver: the Agones sidecar answered "
                                    + info.statusCode() + " " + AgonesSdk.oneLine(body), info.statusCode()));
                            return null;
                        });
            }
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        };
    }

    void ended(Throwable failure) {
        if (failure != null && !closed) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            fail(cause instanceof SdkException s ? s
                    : new SdkException("GET /watch/gameserver: stream broken (" + cause + ")", cause));
        } else {
            done.complete(null);
        }
    }

    private void fail(SdkException e) {
        done.completeExceptionally(e);
    }

    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (closed) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            if (closed || line.isBlank()) {
                return;
            }
            JsonNode event;
            try {
                event = AgonesSdk.parse(line);
            } catch (IOException e) {
                subscription.cancel();
                fail(new SdkException("GET /watch/gameserver: a line that is not JSON: " + AgonesSdk.oneLine(line), 200));
                return;
            }
            if (event.has("error")) {
                subscription.cancel();
                fail(new SdkException("GET /watch/gameserver: " + AgonesSdk.oneLine(event.get("error").toString()), 200));
                return;
            }
            onChange.accept(GameServerInfo.fromJson(event.has("result") ? event.get("result") : event));
        }

        @Override
        public void onError(Throwable t) {
            if (!closed) {
                fail(new SdkException("GET /watch/gameserver: stream broken (" + t + ")", t));
            }
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }
}

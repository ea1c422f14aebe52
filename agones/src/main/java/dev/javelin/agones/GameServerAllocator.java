package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Asks Agones for a game server the way a lobby or matchmaker running in the cluster does: it creates a
 * {@code GameServerAllocation} through the Kubernetes API
 * ({@code POST /apis/allocation.agones.dev/v1/namespaces/<ns>/gameserverallocations}) and reads the allocated
 * server's address and ports from the answer. The lobby's service account needs the {@code create} verb on
 * {@code gameserverallocations} (see deploy/agones/lobby-rbac.yaml).
 *
 * <p>Threads: any; {@link #allocate} blocks up to the timeout.
 */
public final class GameServerAllocator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

    private final URI api;
    private final String namespace;
    private final Supplier<String> token;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param api       the Kubernetes API server, e.g. {@code https://kubernetes.default.svc}
     * @param namespace the namespace of the fleet
     * @param token     a bearer token for each request, or null for none (a local proxy such as
     *                  {@code kubectl proxy} adds its own credentials)
     * @param http      the HTTP client (trusting the API server's certificate)
     * @param timeout   how long one allocation may take
     */
    public GameServerAllocator(URI api, String namespace, Supplier<String> token, HttpClient http, Duration timeout) {
        this.api = api;
        this.namespace = namespace;
        this.token = token;
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * The allocator of a pod in the cluster: the API server from {@code KUBERNETES_SERVICE_HOST} and
     * {@code _PORT}, the pod's service account token (re-read for each request, as Kubernetes rotates it) and CA.
     */
    public static GameServerAllocator inCluster(String namespace, Map<String, String> env) throws IOException {
        String host = env.get("KUBERNETES_SERVICE_HOST");
        String port = env.getOrDefault("KUBERNETES_SERVICE_PORT", "443");
        if (host == null) {
            throw new IOException("not running in a Kubernetes pod: KUBERNETES_SERVICE_HOST is not set");
        }
        HttpClient http = HttpClient.newBuilder().sslContext(trusting(ACCOUNT.resolve("ca.crt")))
                .connectTimeout(Duration.ofSeconds(5)).build();
        Supplier<String> token = () -> {
            try {
                return Files.readString(ACCOUNT.resolve("token")).trim();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the service account token: " + e.getMessage(), e);
            }
        };
        String h = host.contains(":") ? "[" + host + "]" : host;
        return new GameServerAllocator(URI.create("https://" + h + ":" + port), namespace, token, http,
                Duration.ofSeconds(10));
    }

    private static SSLContext trusting(Path caFile) throws IOException {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the cluster CA in " + caFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the allocation and returns its outcome; {@link Allocation#allocated()} is false when no server
     * matched (the fleet is full: the autoscaler's buffer should grow).
     *
     * @throws IOException with a one-line message if the API server cannot be reached or refuses
     */
    public Allocation allocate(AllocationRequest request) throws IOException {
        URI uri = api.resolve("/apis/allocation.agones.dev/v1/namespaces/" + namespace + "/gameserverallocations");
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toJson().toString(), StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token.get());
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("allocation interrupted", e);
        } catch (IOException e) {
            throw new IOException("allocation: no answer from the Kubernetes API at " + api + " (" + e + ")", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("allocation: the Kubernetes API answered " + response.statusCode() + " "
                    + AgonesSdk.oneLine(response.body()));
        }
        JsonNode body = JSON.readTree(response.body());
        return Allocation.fromJson(body);
    }
}

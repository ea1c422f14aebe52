package dev.javelin.agones;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks {@link JoinTicket}s with HMAC-SHA256 over a secret the lobby and the game servers share (in a
 * cluster, one Kubernetes Secret mounted into both). A ticket is {@code v1.<payload>.<signature>}, both parts
 * base64url without padding, the payload being the ticket's fields one per line; about 150 characters, well within
 * a join request's credential limit.
 *
 * <p>Immutable and safe for any thread (each call makes its own {@link Mac}).
 */
public final class TicketSigner {

    /** The shortest secret accepted, in bytes: HMAC-SHA256's own block of security. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * A signer with {@code secret} (copied), judging expiry by {@code clock}.
     *
     * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_SECRET_BYTES} bytes
     */
    public TicketSigner(byte[] secret, Clock clock) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the ticket secret must be at least " + MIN_SECRET_BYTES + " bytes, was "
                    + (secret == null ? 0 : secret.length));
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    /** A signer whose secret is {@code text}'s UTF-8 bytes (for an environment variable). */
    public static TicketSigner fromText(String text, Clock clock) {
        return new TicketSigner(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), clock);
    }

    /** A new ticket for {@code player} on {@code gameServer} in {@code room}, valid for {@code lifetime}. */
    public JoinTicket issue(String gameServer, String room, String player, Duration lifetime) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        return new JoinTicket(gameServer, room == null ? "" : room, player, clock.instant().plus(lifetime),
                B64.encodeToString(nonce));
    }

    /** The signed text of {@code ticket}, to hand to the client. */
    public String sign(JoinTicket ticket) {
        String payload = B64.encodeToString((ticket.gameServer() + "\n" + ticket.room() + "\n" + ticket.player() + "\n"
                + ticket.expires().getEpochSecond() + "\n" + ticket.nonce()).getBytes(StandardCharsets.UTF_8));
        String signed = VERSION + "." + payload;
        return signed + "." + B64.encodeToString(mac(signed));
    }

    /**
     * The ticket {@code text} carries, if its signature is right and it has not expired.
     *
     * @throws InvalidTicketException with a one-line reason otherwise (never the secret or the expected signature)
     */
    public JoinTicket verify(String text) throws InvalidTicketException {
        if (text == null || text.isEmpty()) {
            throw new InvalidTicketException("no join ticket");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new InvalidTicketException("not a join ticket");
        }
        byte[] claimed;
        byte[] payload;
        try {
            claimed = B64D.decode(parts[2]);
            payload = B64D.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketException("not a join ticket");
        }
        if (!MessageDigest.isEqual(claimed, mac(parts[0] + "." + parts[1]))) {
            throw new InvalidTicketException("join ticket signature is wrong");
        }
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        JoinTicket ticket;
        try {
            ticket = new JoinTicket(f[0], f[1], f[2], Instant.ofEpochSecond(Long.parseLong(f[3])), f[4]);
        } catch (RuntimeException e) {
            throw new InvalidTicketException("join ticket is malformed");
        }
        if (!clock.instant().isBefore(ticket.expires())) {
            throw new InvalidTicketException("join ticket expired at " + ticket.expires());
        }
        return ticket;
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A ticket that must be refused; the message is one line for the player. */
    public static final class InvalidTicketException extends Exception {
        public InvalidTicketException(String reason) {
            super(reason);
        }
    }
}

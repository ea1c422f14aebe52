package dev.javelin.agones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.server.JoinAttempt;
import dev.javelin.engine.server.JoinVerdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Join tickets: signing, every way a ticket is refused, and the server-side approval's checks. */
class TicketTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final TicketSigner signer = TicketSigner.fromText(SECRET, clock);

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static String refusal(TicketSigner s, String text) {
        return assertThrows(TicketSigner.InvalidTicketException.class, () -> s.verify(text)).getMessage();
    }

    @Test
    void aSignedTicketVerifiesToTheSameFields() throws Exception {
        JoinTicket t = signer.issue("javelin-abc12", "arena-7", "ann", Duration.ofSeconds(30));
        String text = signer.sign(t);
        assertTrue(text.startsWith("v1.") && text.length() < 200, text);
        assertEquals(t, signer.verify(text));
        assertEquals(NOW.plusSeconds(30), t.expires());
    }

    @Test
    void forgedExpiredAndMalformedTicketsAreRefusedWithAReason() {
        String text = signer.sign(signer.issue("javelin-abc12", "arena-7", "ann", Duration.ofSeconds(30)));
        String[] parts = text.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "javelin-abc12\narena-7\nmallory\n9999999999\nnonce".getBytes(StandardCharsets.UTF_8));
        assertEquals("join ticket signature is wrong", refusal(signer, parts[0] + "." + otherPayload + "." + parts[2]));
        assertEquals("join ticket signature is wrong",
                refusal(TicketSigner.fromText("another secret of at least 32 bytes!", clock), text));
        assertEquals("not a join ticket", refusal(signer, "hello"));
        assertEquals("not a join ticket", refusal(signer, "v1.@@@.###"));
        assertEquals("no join ticket", refusal(signer, null));
        clock.now = NOW.plusSeconds(30);
        assertEquals("join ticket expired at 2026-12-07T12:00:30Z", refusal(signer, text));
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class,
                () -> TicketSigner.fromText("short", clock));
        assertEquals("the ticket secret must be at least 32 bytes, was 5", weak.getMessage());
    }

    @Test
    void theServerChecksItsNameThePlayerTheRoomAndSingleUse() {
        TicketApprover approver = new TicketApprover(signer, () -> "javelin-abc12", clock);
        String ann = signer.sign(signer.issue("javelin-abc12", "arena-7", "ann", Duration.ofSeconds(30)));
        String elsewhere = signer.sign(signer.issue("javelin-zzz99", "arena-7", "ann", Duration.ofSeconds(30)));

        assertEquals(JoinVerdict.refuse("join ticket is for game server javelin-zzz99, not this one"),
                approver.review(new JoinAttempt("ann", "arena-7", elsewhere, null, 0)));
        assertEquals(JoinVerdict.refuse("join ticket is for player ann, not eve"),
                approver.review(new JoinAttempt("eve", "arena-7", ann, null, 0)));
        assertEquals(JoinVerdict.refuse("join ticket is for room 'arena-7', not ''"),
                approver.review(new JoinAttempt("ann", null, ann, null, 0)));
        assertEquals(JoinVerdict.APPROVED, approver.review(new JoinAttempt("ann", "arena-7", ann, "0.1.0", 0)));
        assertEquals(JoinVerdict.refuse("join ticket was already used"),
                approver.review(new JoinAttempt("ann", "arena-7", ann, "0.1.0", 1)));
        assertEquals(JoinVerdict.refuse("no join ticket"), approver.review(new JoinAttempt("bob", "arena-7", null, null, 1)));

        TicketApprover unnamed = new TicketApprover(signer, () -> null, clock);
        String fresh = signer.sign(signer.issue("javelin-abc12", "", "cid", Duration.ofSeconds(30)));
        assertEquals(JoinVerdict.refuse("join ticket is for game server javelin-abc12, not this one"),
                unnamed.review(new JoinAttempt("cid", null, fresh, null, 0)), "refused while the name is unknown");
    }
}

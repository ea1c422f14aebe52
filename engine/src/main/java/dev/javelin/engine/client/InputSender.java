package dev.javelin.engine.client;

import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.sync.InputHistory;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.world.Input;
import java.util.List;

/**
 * Sends, every client step, each input the server has not acknowledged (redundancy against loss) with the
 * newest snapshot sequence as the ack, as many as fit one datagram, oldest first.
 *
 * <p>Threads: the client's simulation thread.
 */
final class InputSender {

    /** Upper bounds of an input message's encoded size: the fixed part, and one entry less its action. */
    private static final int INPUT_MESSAGE_HEADER_BYTES = 32;
    private static final int INPUT_ENTRY_BYTES = 28;

    private final InputHistory history;
    private final ClientStats stats;
    private boolean ackDue;

    InputSender(InputHistory history, ClientStats stats) {
        this.history = history;
        this.stats = stats;
    }

    /** A snapshot arrived (or failed to decode): acknowledge it with the next message even without inputs. */
    void ackDue() {
        ackDue = true;
    }

    void send(TransportClient connection, SnapshotReceiver receiver, long now) {
        if (history.unackedCount() == 0 && !ackDue) {
            return;
        }
        List<Input> unacked = history.unacked();
        Input[] entries = unacked.subList(0, fittingInputs(unacked)).toArray(new Input[0]);
        connection.send(new InputMessage(receiver.newestSequence(), now, receiver.fullRequested(), entries),
                Channel.UNRELIABLE);
        // An estimate of the serialized size (header, then per input: sequence, step, action, three floats).
        stats.bytesOut += 16 + entries.length * 24L;
        ackDue = false;
    }

    /**
     * How many of the oldest {@code unacked} inputs fit one datagram. While the server acknowledges nothing (a
     * blackout, a rate limit) up to {@link InputMessage#MAX_INPUTS} pile up, more than one datagram holds; the
     * oldest go first and the rest follow as those are acknowledged.
     */
    private static int fittingInputs(List<Input> unacked) {
        int budget = Transport.MAX_UNRELIABLE_PAYLOAD_BYTES - INPUT_MESSAGE_HEADER_BYTES;
        int n = 0;
        for (Input input : unacked) {
            budget -= INPUT_ENTRY_BYTES + utf8Bytes(input.action());
            if (budget < 0 || n == InputMessage.MAX_INPUTS) {
                break;
            }
            n++;
        }
        return n;
    }

    /** An upper bound of the UTF-8 length of {@code s}. */
    private static int utf8Bytes(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}

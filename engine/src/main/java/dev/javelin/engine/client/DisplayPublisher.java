package dev.javelin.engine.client;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.view.RenderStatePublisher;
import java.util.ArrayList;
import java.util.List;

/**
 * After each client step, hands the render thread what the strategy wants shown: each object's display copy
 * (bending included), the step count, when the step was due and the net-graph figures.
 *
 * <p>Threads: the client's simulation thread (a {@link ClientEngine.StepListener}).
 */
final class DisplayPublisher implements ClientEngine.StepListener {

    private final RenderStatePublisher publisher;
    private final List<GameObject> shown = new ArrayList<>();

    DisplayPublisher(RenderStatePublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void afterStep(ClientEngine client, long stepDueNanos) {
        shown.clear();
        for (GameObject o : client.game().world().objects()) {
            shown.add(o.displayCopy());
        }
        publisher.publish(shown, client.game().world().stepCount(), stepDueNanos, client.netStats());
    }
}

package dev.javelin.engine;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameEngineTest {

    private final TestGame game = new TestGame(GameConfig.defaults());
    private final List<String> log = new ArrayList<>();

    @Test
    void aStepRunsPreStepTimerPhysicsPostStepInOrder() {
        DynamicObject o = game.addObject(new DynamicObject(0, 0, 1, 1));
        o.velocity.set(60, 0);
        game.events().preStep.subscribe((step, re) -> log.add("pre " + step + " x=" + o.position.x));
        game.timer().after(1, () -> log.add("timer x=" + o.position.x));
        game.events().postStep.subscribe((step, re) -> log.add("post " + step + " x=" + o.position.x));
        game.step(false);
        assertEquals(List.of("pre 1 x=0.0", "timer x=0.0", "post 1 x=1.0"), log);
        assertEquals(1, game.world().stepCount());
    }

    @Test
    void objectsAddedOrRemovedDuringAStepTakeEffectWhenTheStepEnds() {
        DynamicObject doomed = game.addObject(new DynamicObject());
        game.events().objectAdded.subscribe(o -> log.add("added " + o.id()));
        game.events().objectDestroyed.subscribe(o -> log.add("destroyed " + o.id()));
        game.events().postStep.subscribe((step, re) -> {
            if (step == 1) {
                game.addObject(new DynamicObject());
                game.removeObject(doomed.id());
                log.add("still there: " + game.world().contains(doomed.id()) + ", size " + game.world().size());
            }
        });
        game.step(false);
        assertEquals(List.of("still there: true, size 1", "added 2", "destroyed 1"), log);
        assertEquals(List.of(2), game.world().objects().stream().map(GameObject::id).toList());
    }

    @Test
    void addingOutsideAStepTakesEffectAtOnce() {
        game.events().objectAdded.subscribe(o -> log.add("added " + o.id()));
        DynamicObject o = game.addObject(new DynamicObject());
        assertEquals(1, o.id());
        assertEquals(List.of("added 1"), log);
    }

    @Test
    void stepRefusesReentry() {
        game.events().preStep.subscribe((step, re) -> game.step(false));
        StepFailure f = assertThrows(StepFailure.class, () -> game.step(false));
        assertTrue(f.getCause() instanceof IllegalStateException, f.toString());
        assertEquals("preStep listeners", f.phase());
        assertFalse(game.isStepping());
    }

    @Test
    void reenactedStepsDoNotTickTheTimerButRunPhysics() {
        DynamicObject o = game.addObject(new DynamicObject(0, 0, 1, 1));
        o.velocity.set(60, 0);
        game.timer().after(1, () -> log.add("timer"));
        game.events().preStep.subscribe((step, re) -> log.add("reenact=" + re + " flag=" + game.isReenacting()));
        game.step(true);
        assertEquals(List.of("reenact=true flag=true"), log);
        assertEquals(1f, o.position.x);
        game.step(false);
        assertEquals(List.of("reenact=true flag=true", "reenact=false flag=false", "timer"), log);
    }

    @Test
    void collisionEventsFireOnlyWhenContactBeginsOrEnds() {
        DynamicObject a = game.addObject(new DynamicObject(0, 0, 1, 1));
        DynamicObject b = game.addObject(new DynamicObject(0.5f, 0, 1, 1));
        game.events().collisionStart.subscribe((x, y) -> log.add("start " + x.id() + "-" + y.id()));
        game.events().collisionStop.subscribe((x, y) -> log.add("stop " + x.id() + "-" + y.id()));
        game.step(false);
        game.step(false);
        assertEquals(List.of("start 1-2"), log);
        b.position.set(5, 0);
        game.step(false);
        game.step(false);
        assertEquals(List.of("start 1-2", "stop 1-2"), log);
        assertTrue(a.id() < b.id());
    }

    @Test
    void playerEventsReachListeners() {
        game.events().playerJoined.subscribe(id -> log.add("joined " + id));
        game.events().playerDisconnected.subscribe(id -> log.add("left " + id));
        game.notifyPlayerJoined(3, "ann");
        log.add(game.playerName(3));
        game.notifyPlayerDisconnected(3);
        assertEquals(List.of("joined 3", "ann", "left 3"), log);
    }

    @Test
    void processInputIsTheGamesHook() {
        DynamicObject o = game.addObject(new DynamicObject());
        o.setOwnerId(4);
        game.processInput(new Input("push", 2, 0, 1, 1), 4, true);
        assertEquals(2f, o.velocity.x);
    }

    @Test
    void badConfigIsRefusedWithTheSettingsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameConfig.defaults().withStepRate(0));
        assertTrue(e.getMessage().contains("stepRate"), e.getMessage());
    }
}

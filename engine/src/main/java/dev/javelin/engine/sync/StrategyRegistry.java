package dev.javelin.engine.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sync strategies a client can pick by name: the built-in {@code extrapolate}, {@code interpolate} and
 * {@code frameSync}, plus any a game adds with {@link #with}. A {@link SyncSettings} names one; the client
 * engine asks the registry for a fresh instance. Immutable; any thread.
 */
public final class StrategyRegistry {

    private static final StrategyRegistry BUILT_IN = new StrategyRegistry(Map.of())
            .with("extrapolate", ExtrapolateStrategy::new)
            .with("interpolate", InterpolateStrategy::new)
            .with("frameSync", settings -> new FrameSyncStrategy());

    private final Map<String, Function<SyncSettings, ? extends SyncStrategy>> factories;

    private StrategyRegistry(Map<String, Function<SyncSettings, ? extends SyncStrategy>> factories) {
        this.factories = factories;
    }

    /** The three built-in strategies. */
    public static StrategyRegistry builtIn() {
        return BUILT_IN;
    }

    /**
     * This registry plus {@code factory} under {@code name} (a name already here is refused, built-ins too).
     * The factory makes a new instance per client from that client's settings.
     */
    public StrategyRegistry with(String name, Function<SyncSettings, ? extends SyncStrategy> factory) {
        if (name == null || name.isBlank() || factory == null) {
            throw new IllegalArgumentException("a strategy needs a name and a factory");
        }
        if (factories.containsKey(name)) {
            throw new IllegalArgumentException("sync strategy '" + name + "' is already registered");
        }
        Map<String, Function<SyncSettings, ? extends SyncStrategy>> m = new LinkedHashMap<>(factories);
        m.put(name, factory);
        return new StrategyRegistry(m);
    }

    /** The names registered, built-ins first. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** True if a strategy is registered as {@code name}. */
    public boolean has(String name) {
        return factories.containsKey(name);
    }

    /**
     * A new instance of the strategy {@code settings} names.
     *
     * @throws IllegalArgumentException if no strategy has that name, or the factory returned null
     */
    public SyncStrategy create(SyncSettings settings) {
        Function<SyncSettings, ? extends SyncStrategy> f = factories.get(settings.strategy());
        if (f == null) {
            throw new IllegalArgumentException("unknown sync strategy '" + settings.strategy() + "'; registered: "
                    + String.join(", ", factories.keySet()));
        }
        SyncStrategy s = f.apply(settings);
        if (s == null) {
            throw new IllegalArgumentException("the factory of sync strategy '" + settings.strategy()
                    + "' returned null");
        }
        return s;
    }
}

package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.objenesis.instantiator.ObjectInstantiator;
import com.esotericsoftware.kryo.kryo5.objenesis.strategy.InstantiatorStrategy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

/**
 * Creates plain message classes through their no-argument constructor. Kryo's default strategy generates
 * ReflectASM accessor classes in a class loader of their own, which throw {@link IllegalAccessError} for any
 * class that is not public; a method handle on the (made accessible) constructor works for every class a
 * {@code MessageRegistry} accepts, and never bypasses the constructor (no Objenesis tricks).
 */
final class ConstructorInstantiator implements InstantiatorStrategy {

    @Override
    public <T> ObjectInstantiator<T> newInstantiatorOf(Class<T> type) {
        MethodHandle handle;
        try {
            Constructor<T> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            handle = MethodHandles.lookup().unreflectConstructor(ctor).asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new KryoException("cannot create " + type.getName() + ": it needs a no-argument constructor", e);
        }
        return () -> {
            try {
                return type.cast(handle.invokeExact());
            } catch (Throwable t) {
                throw new KryoException("the constructor of " + type.getName() + " failed: " + t, t);
            }
        };
    }
}

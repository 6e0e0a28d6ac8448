package org.seminardesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs the same kind of request many times at once, as a crowd of users would, and collects the answers. */
public final class Race {

    private Race() {
    }

    public static <T> List<T> of(int count, int threads, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, threads));
        try {
            List<Callable<T>> calls = IntStream.range(0, count).<Callable<T>>mapToObj(i -> () -> request.apply(i)).toList();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

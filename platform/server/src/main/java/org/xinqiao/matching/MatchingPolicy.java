package org.xinqiao.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinqiao.need.ServiceType;

/**
 * Decides who serves which need. A provider may take a need only if they can deliver its service type (qualified on
 * the day of the run), serve its village and have a free hour left. Needs are taken in order — most urgent first, then
 * the earliest declared — and each is placed by an augmenting path (Kuhn's algorithm with capacities), which never
 * un-matches a need placed before: the result assigns as many needs as possible and, among such assignments, prefers
 * the more urgent ones. Among the providers able to take a need, the one with the least load (existing appointments
 * plus this run's assignments) is tried first, which spreads the work; the load is a tie-breaker, not a global optimum.
 */
final class MatchingPolicy {

    record NeedToMatch(long needId, long villageId, ServiceType serviceType, int urgency, Instant declaredAt) {
    }

    record Candidate(long providerId, Set<Long> villages, Set<ServiceType> deliverable, int freeHours, long load) {
        boolean mayTake(NeedToMatch need) {
            return villages.contains(need.villageId()) && deliverable.contains(need.serviceType());
        }
    }

    record Assignment(long needId, long providerId) {
    }

    record Outcome(List<Assignment> assignments, List<Long> unmatched) {
    }

    Outcome match(List<NeedToMatch> needs, List<Candidate> providers) {
        List<NeedToMatch> ordered = needs.stream().sorted(Comparator.comparingInt(NeedToMatch::urgency).reversed()
                .thenComparing(NeedToMatch::declaredAt).thenComparingLong(NeedToMatch::needId)).toList();
        Run run = new Run(ordered, providers);
        for (int n = 0; n < ordered.size(); n++) {
            run.place(n, new boolean[providers.size()]);
        }
        List<Assignment> assignments = new ArrayList<>();
        List<Long> unmatched = new ArrayList<>();
        for (int n = 0; n < ordered.size(); n++) {
            Integer p = run.providerOf.get(n);
            if (p == null) {
                unmatched.add(ordered.get(n).needId());
            } else {
                assignments.add(new Assignment(ordered.get(n).needId(), providers.get(p).providerId()));
            }
        }
        return new Outcome(assignments, unmatched);
    }

    private static final class Run {
        final List<NeedToMatch> needs;
        final List<Candidate> providers;
        final Map<Integer, Integer> providerOf = new HashMap<>();
        final Map<Integer, List<Integer>> needsOf = new HashMap<>();

        Run(List<NeedToMatch> needs, List<Candidate> providers) {
            this.needs = needs;
            this.providers = providers;
        }

        boolean place(int need, boolean[] visited) {
            List<Integer> able = new ArrayList<>();
            for (int p = 0; p < providers.size(); p++) {
                if (!visited[p] && providers.get(p).freeHours() > 0 && providers.get(p).mayTake(needs.get(need))) {
                    able.add(p);
                }
            }
            able.sort(Comparator.<Integer>comparingLong(p -> providers.get(p).load() + taken(p)).thenComparingLong(p -> providers.get(p).providerId()));
            for (int p : able) {
                if (taken(p) < providers.get(p).freeHours()) {
                    assign(need, p);
                    return true;
                }
            }
            for (int p : able) {
                if (visited[p]) {
                    continue;
                }
                visited[p] = true;
                for (int other : List.copyOf(needsOf.get(p))) {
                    if (place(other, visited)) {
                        needsOf.get(p).remove(Integer.valueOf(other));
                        assign(need, p);
                        return true;
                    }
                }
            }
            return false;
        }

        private int taken(int p) {
            return needsOf.getOrDefault(p, List.of()).size();
        }

        private void assign(int need, int p) {
            providerOf.put(need, p);
            needsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(need);
        }
    }
}

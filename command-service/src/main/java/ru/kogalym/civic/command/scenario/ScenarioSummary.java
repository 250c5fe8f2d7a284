package ru.kogalym.civic.command.scenario;

import java.util.Map;

/**
 * What a scenario load did.
 *
 * @param scenario       e.g. {@code 2020}
 * @param created        records (and members) recorded by this load
 * @param alreadyPresent records found from an earlier identical load (nothing recorded again)
 * @param records        how many of each kind the scenario holds, e.g. {@code ncos: 10}; the 2021 priorities as
 *                       {@code yearPriorities: 1}, or, where staff set them first, {@code priorityTasks: 3}
 */
public record ScenarioSummary(String scenario, int created, int alreadyPresent, Map<String, Integer> records) {
}

package ru.kogalym.civic.command.scenario;

import java.util.Map;

/**
 * What a scenario load did.
 *
 * @param scenario       e.g. {@code 2020}
 * @param created        records (and members) recorded by this load
 * @param alreadyPresent records found from an earlier identical load (nothing recorded again)
 * @param records        how many of each kind the scenario holds, e.g. {@code ncos: 10}
 */
record ScenarioSummary(String scenario, int created, int alreadyPresent, Map<String, Integer> records) {
}

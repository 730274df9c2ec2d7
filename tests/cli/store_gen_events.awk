# Writes a synthetic `entente code` JSONL corpus for the store tests:
# document i (0-based) has (i % 5) + 1 events, one per sentence, between
# actors drawn from a fixed list, dated across 2020-2024. Deterministic, so
# a test knows how many events each document must have.
#   awk -v docs=N -f store_gen_events.awk > corpus.jsonl
BEGIN {
	split("TUR AZE ARM RUS IRN ISR USA FRA GEO UKR", actor, " ")
	split("042 057 036 111 122 138 173 190 051 061", code, " ")
	split("4.0 8.0 4.0 -2.0 -2.0 -7.0 -5.0 -10.0 3.4 6.4", gold, " ")
	split("met signed offered criticised condemned threatened arrested attacked praised supplied", verb, " ")
	if (docs == "") docs = 300
	for (i = 0; i < docs; i++) {
		n = (i % 5) + 1
		date = sprintf("%04d-%02d-%02d", 2020 + (i % 5), (i % 12) + 1, (i % 28) + 1)
		for (k = 0; k < n; k++) {
			a = (i + k) % 10 + 1; b = (i * 7 + k * 3 + 1) % 10 + 1
			if (a == b) b = b % 10 + 1
			c = (i * 3 + k) % 10 + 1
			printf("{\"doc\":\"gen-%05d\",\"sentence\":%d,\"date\":\"%s\",\"kind\":\"event\",", i, k + 1, date)
			printf("\"source\":\"%sGOV\",\"target\":\"%sGOV\",\"code\":\"%s\",\"goldstein\":%s,", actor[a], actor[b], code[c], gold[c])
			printf("\"quad\":%d,\"negated\":false,\"modality\":\"asserted\",\"span\":[0,9],", (gold[c] + 0 > 0) ? 1 : 3)
			printf("\"title\":\"Generated report %d\",", i)
			printf("\"text\":\"In report %d the government of %s %s the government of %s over the matter numbered %d, officials said on the record.\"}\n", i, actor[a], verb[c], actor[b], k)
		}
	}
}

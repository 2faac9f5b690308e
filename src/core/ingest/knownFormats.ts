/** The kinds of file the importer reads, in words, for the message given for a file of no known kind. */
const READABLE_FORMATS: readonly string[] = [
  'CSV/TSV/semicolon text with a header (Grafana, CloudWatch console, Netdata, Kibana, spreadsheets)',
  'numbers without a header (SMD, ASD)',
  'JSON Lines and JSON arrays of objects',
  'Prometheus, CloudWatch CLI, Datadog, Netdata, Telegraf and OpenTelemetry JSON',
  'InfluxDB annotated CSV',
  'sysstat sadf -d',
  'vmstat -t, sar and iostat -x -t text',
  'Windows PerfMon/typeperf CSV',
  "this app's server_logs.txt and the original tool's log lines",
];

/** `reason` followed by the list of formats the app reads. */
export function unknownKindMessage(reason: string): string {
  return `${reason} This app reads: ${READABLE_FORMATS.join('; ')}.`;
}

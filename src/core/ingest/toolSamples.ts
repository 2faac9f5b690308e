/**
 * Monitoring tools' text exports written from each tool's documentation, shared by the readers' unit
 * tests and the E2E files (tests only: no reader imports this).
 */

/** `vmstat -t 60` in CET, its two header lines repeated after a screenful. */
export const VMSTAT_SAMPLE = [
  'procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----',
  ' r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st                 CET',
  ' 1  0      0 783012 112264 254793    0    0    67    21  142  273  2  1 97  0  0 2024-01-16 11:00:00',
  ' 0  0      0 782900 112264 254800    0    0     0     4  130  260  1  1 98  0  0 2024-01-16 11:01:00',
  'procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----',
  ' r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st                 CET',
  ' 2  0      0 782800 112270 254810    0    0     0     8  150  290  3  1 96  0  0 2024-01-16 11:02:00',
  '',
].join('\n');

/** The annotation rows and header of an InfluxDB long-layout table tagged by `host`; `valueType` is `_value`'s #datatype. */
export function fluxTableHead(valueType: 'double' | 'long'): string[] {
  return [
    '#group,false,false,true,true,false,false,true,true,true',
    `#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,${valueType},string,string,string`,
    '#default,_result,,,,,,,,',
    ',result,table,_start,_stop,_time,_value,_field,_measurement,host',
  ];
}

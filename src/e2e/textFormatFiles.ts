import { fluxTableHead, VMSTAT_SAMPLE } from '../core/ingest/toolSamples';
import type { FormatFileCase } from './formatFileHelpers';


const INFLUX = [
  ...fluxTableHead('double'),
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:00:00Z,12.5,usage_user,cpu,web-1',
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:01:00Z,13.5,usage_user,cpu,web-1',
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:02:00Z,14.5,usage_user,cpu,web-1',
  '',
  ...fluxTableHead('long'),
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T01:02:00+01:00,42,used_percent,mem,web-1',
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T01:01:00+01:00,41,used_percent,mem,web-1',
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T01:00:00+01:00,40,used_percent,mem,web-1',
  '',
].join('\r\n');

const SAR = [
  'Linux 5.15.0-91-generic (web-1) \t01/16/2024 \t_x86_64_\t(4 CPU)',
  '',
  '11:30:01 PM     CPU     %user     %system     %idle',
  '11:40:01 PM     all      2.50      0.75     96.75',
  '11:50:01 PM     all      3.50      1.25     95.25',
  '12:00:01 AM     all      4.00      1.00     95.00',
  '12:10:01 AM     all      2.25      0.50     97.25',
  'Average:        all      3.06      0.88     96.06',
  '',
].join('\n');

const PERFMON = [
  '"(PDH-CSV 4.0) (Eastern Standard Time)(300)","\\\\WEB-1\\Processor(_Total)\\% Processor Time","\\\\WEB-1\\Memory\\Available MBytes"',
  '"01/16/2024 23:59:30.000"," ","2048"',
  '"01/16/2024 23:59:45.000","12.5","2040"',
  '"01/17/2024 00:00:00.000","14.25","2032"',
  '"01/17/2024 00:00:15.000","13","2030"',
  '',
].join('\r\n');

const KIBANA = [
  '"@timestamp","host.name","system.cpu.total.pct","system.memory.used.pct"',
  '"Jan 16, 2024 @ 23:59:00.000","web-1","0.25","0.5"',
  '"Jan 16, 2024 @ 23:58:00.000","web-1","0.75","0.5"',
  '"Jan 16, 2024 @ 23:57:00.000","web-1","0.5","0.25"',
  '"Jan 16, 2024 @ 23:56:00.000","web-1","0.5","0.25"',
  '',
].join('\n');

const SPREADSHEET = '\uFEFFZeit;CPU;RAM\r\n16.01.2024 10:00;12,5;40\r\n16.01.2024 10:05;13,25;41\r\n16.01.2024 10:10;11,75;42\r\n';

/** The files imported one by one with the detected mapping. */
/** One small file per monitoring tool's text export, written from each tool's documentation. */
export const TEXT_FORMAT_CASES: readonly FormatFileCase[] = [
  { name: 'flux.csv', text: INFLUX, format: 'influx-csv', columns: ['cpu.usage_user', 'mem.used_percent'], rows: 3, first: '2024-01-16T00:00:00.000Z', last: '2024-01-16T00:02:00.000Z' },
  { name: 'sar.txt', text: SAR, format: 'sysstat-text', columns: ['%user', '%system', '%idle'], rows: 4, first: '2024-01-16T23:40:01.000Z', last: '2024-01-17T00:10:01.000Z' },
  { name: 'vmstat.txt', text: VMSTAT_SAMPLE, format: 'sysstat-text', columns: ['r', 'b', 'swpd', 'free', 'buff', 'cache', 'si', 'so', 'bi', 'bo', 'in', 'cs', 'us', 'sy', 'id', 'wa', 'st'], rows: 3, first: '2024-01-16T10:00:00.000Z', last: '2024-01-16T10:02:00.000Z' },
  { name: 'typeperf.csv', text: PERFMON, format: 'perfmon', columns: ['Processor(_Total)\\% Processor Time', 'Memory\\Available MBytes'], rows: 4, first: '2024-01-17T04:59:30.000Z', last: '2024-01-17T05:00:15.000Z' },
  { name: 'discover.csv', text: KIBANA, format: 'delimited', columns: ['system.cpu.total.pct', 'system.memory.used.pct'], rows: 4, first: '2024-01-16T23:56:00.000Z', last: '2024-01-16T23:59:00.000Z' },
  { name: 'excel.csv', text: SPREADSHEET, format: 'delimited', columns: ['CPU', 'RAM'], rows: 3, first: '2024-01-16T10:00:00.000Z', last: '2024-01-16T10:10:00.000Z' },
];

/** sadf -d for two hosts, imported as one dataset per host. */
export const SADF_TWO_HOSTS = [
  '# hostname;interval;timestamp;CPU;%user;%system;%idle',
  'web-1;600;2024-01-16 10:10:01 UTC;-1;2.50;0.75;96.75',
  'db-1;600;2024-01-16 10:10:01 UTC;-1;20.00;5.00;75.00',
  'web-1;600;2024-01-16 10:20:01 UTC;-1;3.50;1.25;95.25',
  'db-1;600;2024-01-16 10:20:01 UTC;-1;22.00;6.00;72.00',
  'web-1;600;2024-01-16 10:30:01 UTC;-1;2.75;1.00;96.25',
  'db-1;600;2024-01-16 10:30:01 UTC;-1;21.00;5.50;73.50',
  '',
].join('\n');

/** A US spreadsheet export whose dates could be either way round: the user says day first. */
export const AMBIGUOUS_DATES = 'date,cpu\r\n01/02/2024 11:00 PM,1\r\n02/02/2024 11:00 PM,2\r\n03/02/2024 11:00 PM,3\r\n';

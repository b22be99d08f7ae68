import type { zhFaults } from './zh.faults.ts';

export const enFaults: Record<keyof typeof zhFaults, string> = {
  'error.timeout': 'The server did not answer within {s} s (or stopped sending); the page stopped waiting.',
  'fault.reason.network': 'cannot reach the server',
  'fault.reason.timeout': 'the server does not answer',
  'fault.reason.http': 'the server answered {status}',
  'fault.reason.html': 'received a web page, not data',
  'fault.reason.not_json': 'the file is incomplete or not JSON',
  'fault.reason.empty': 'the file is empty',
  'fault.reason.schema': 'the data breaks the contract',
  'fault.reason.too_large': 'the file is too large',
  'fault.reason.origin': 'the origin is not allowed',
  'fault.reason.internal': 'a program error',
  'error.internal':
    'The program failed while loading the data ({detail}). This is not a problem with the data; please pass this sentence on to whoever maintains the dashboard.',
  'fault.stale': 'Update failed ({reason}); showing the data fetched at {time} (data as of {asOf}).',
  'fault.newer': 'The server has newer data; loading it…',
  'fault.retryIn': 'trying again in {s} s',
  'fault.retrying': 'trying again…',
  'fault.tryNow': 'Try now',
  'fault.noData': 'The data could not be loaded; there is nothing to show yet',
  'fault.nothingKept':
    'This browser has no kept copy of this data yet; the page loads it by itself once the server is back, no reload needed.',
  'fault.waited': 'Waited {s} s; the server has not answered yet…',
  'fault.screenFailed': 'Data not loaded: {reason}',
};

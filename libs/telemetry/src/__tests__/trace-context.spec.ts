import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { contextWithParent, traceContextOf } from '../trace-context';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('W3C trace context of events and messages', () => {
  it('reads back the parent it was given, with its trace state', () => {
    const ctx = contextWithParent(ROOT_CONTEXT, { traceparent: TRACEPARENT, tracestate: 'crm=1' });
    expect(trace.getSpanContext(ctx)).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
    expect(traceContextOf(ctx)).toEqual({ traceparent: TRACEPARENT, tracestate: 'crm=1' });
  });

  it('has nothing to say outside a trace, or for a malformed traceparent', () => {
    expect(traceContextOf(ROOT_CONTEXT)).toEqual({});
    expect(traceContextOf(contextWithParent(ROOT_CONTEXT, { traceparent: 'not-a-trace' }))).toEqual({});
  });
});

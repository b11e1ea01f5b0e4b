import { agentsForServiceLevel, callCentre, scheduledAgents } from './erlang';

/** The contact channels of a service centre. */
export type ChannelKind = 'phone' | 'chat' | 'email' | 'self';

export interface Channel {
  kind: ChannelKind;
  /** Share of all contacts that start in this channel, 0–1. */
  share: number;
  /** Agent channels: mean handle time of one contact, seconds. */
  handleTimeSec: number;
  /** Agent channels: answer (e-mail: response) within this many seconds counts as in time. */
  targetSec: number;
  /** Agent channels: the share of contacts to answer in time, 0 < target < 1. */
  serviceLevelTarget: number;
  /** Chat: contacts one agent handles at once (1 for the other channels). */
  concurrency: number;
  /** Self-service: share of its contacts resolved without an agent; the rest call instead. */
  containment: number;
  /** Self-service: what each contact costs (licence, hosting), money. */
  costPerContact: number;
}

export interface ChannelMix {
  contactsPerInterval: number;
  intervalSec: number;
  costPerAgentHour: number;
  shrinkage: number;
  channels: Channel[];
}

export interface ChannelOutcome {
  kind: ChannelKind;
  /** Contacts the channel handles: its own share, and for the phone the self-service contacts that call. */
  contacts: number;
  /** Agents on the channel (0 for self-service) and the staff to schedule after shrinkage. */
  agents: number;
  scheduled: number;
  /** Share of the channel's contacts answered in time (self-service: the share resolved at once). */
  serviceLevel: number;
  /** Money per interval: scheduled agents' time, or self-service contacts × their cost. */
  cost: number;
  /** cost ÷ contacts (0 when it has none). */
  costPerContact: number;
}

export interface ChannelMixOutcome {
  channels: ChannelOutcome[];
  cost: number;
  /** Share of all contacts answered in time or resolved in self-service. */
  serviceLevel: number;
  costPerContact: number;
}

export type ChannelMixResult =
  { ok: true; value: ChannelMixOutcome } | { ok: false; error: { field: string; message: string } };

const SHARE_TOLERANCE = 0.0005;

/** The channels' shares summed, and whether they make 100% (within rounding of a typed percentage). */
export function channelShares(channels: readonly Pick<Channel, 'share'>[]): { sum: number; whole: boolean } {
  const sum = channels.reduce((s, c) => s + c.share, 0);
  return { sum, whole: Math.abs(sum - 1) <= SHARE_TOLERANCE };
}

/** E-mail's answer target in hours (to hundredths), as it is typed and reported: its model keeps seconds. */
export function emailTargetHours(targetSec: number): number {
  return Math.round(targetSec / 36) / 100;
}

/** An agent channel as a queue: chat's concurrent contacts are servers (agents × concurrency) in Erlang C. */
function agentChannel(mix: ChannelMix, channel: Channel, contacts: number): ChannelOutcome {
  const slots = Math.max(1, Math.round(channel.concurrency));
  const queue = {
    callsPerInterval: contacts,
    intervalSec: mix.intervalSec,
    handleTimeSec: channel.handleTimeSec,
    targetAnswerSec: channel.targetSec,
  };
  const servers = agentsForServiceLevel({ ...queue, serviceLevel: channel.serviceLevelTarget });
  const agents = Math.ceil(servers / slots);
  const serviceLevel = contacts === 0 ? 1 : callCentre({ ...queue, agents: agents * slots }).serviceLevel;
  const scheduled = scheduledAgents(agents, mix.shrinkage);
  const cost = scheduled * mix.costPerAgentHour * (mix.intervalSec / 3600);
  return {
    kind: channel.kind,
    contacts,
    agents,
    scheduled,
    serviceLevel,
    cost,
    costPerContact: contacts === 0 ? 0 : cost / contacts,
  };
}

/**
 * A channel mix for one interval: each agent channel staffed for its own target (Erlang C; chat with
 * agents × concurrency servers; e-mail with its response time as the target), self-service resolving its
 * contained share at once and sending the rest to the phone; the total cost and the service level over all
 * contacts. Shares must add up to 100%.
 */
export function evaluateChannelMix(mix: ChannelMix): ChannelMixResult {
  const { sum: total, whole } = channelShares(mix.channels);
  if (!whole)
    return {
      ok: false,
      error: {
        field: 'share',
        message: `the channels' shares add up to ${+(total * 100).toFixed(2)}%, not 100%`,
      },
    };
  const n = mix.contactsPerInterval;
  const selfService = mix.channels.filter((c) => c.kind === 'self');
  const fallback = selfService.reduce((s, c) => s + c.share * (1 - c.containment) * n, 0);
  if (fallback > 0 && !mix.channels.some((c) => c.kind === 'phone'))
    return {
      ok: false,
      error: {
        field: 'containment',
        message: 'self-service sends contacts to the phone, but there is no phone channel',
      },
    };
  try {
    const outcomes = mix.channels.map((channel): ChannelOutcome => {
      const own = channel.share * n;
      if (channel.kind === 'self') {
        const cost = own * channel.costPerContact;
        return {
          kind: 'self',
          contacts: own,
          agents: 0,
          scheduled: 0,
          serviceLevel: channel.containment,
          cost,
          costPerContact: own === 0 ? 0 : cost / own,
        };
      }
      return agentChannel(mix, channel, own + (channel.kind === 'phone' ? fallback : 0));
    });
    const cost = outcomes.reduce((s, o) => s + o.cost, 0);
    // Each contact counts once: self-service's resolved share in its own line, those that call in the phone's.
    const inTime = outcomes.reduce((s, o) => s + o.contacts * o.serviceLevel, 0);
    return {
      ok: true,
      value: {
        channels: outcomes,
        cost,
        serviceLevel: n === 0 ? 1 : inTime / n,
        costPerContact: n === 0 ? 0 : cost / n,
      },
    };
  } catch (error) {
    return { ok: false, error: { field: 'channels', message: (error as Error).message } };
  }
}

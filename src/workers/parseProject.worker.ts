import { answerParseRequest, type ParseRequest, type ParseResponse } from '../domain/project/parseRequest';

/**
 * Parses projects off the main thread (the whole schema takes 50–170 ms at the limits): a project about to be
 * saved (only whether it would load), a stored record being opened, or the text of an imported file.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: ParseRequest }>) => void) | null;
  postMessage: (message: { id: number; response: ParseResponse }) => void;
};
scope.onmessage = (event) => {
  const { id, request } = event.data;
  scope.postMessage({ id, response: answerParseRequest(request) });
};

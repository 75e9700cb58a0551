using System;
using System.Text.Json;
using StreamJsonRpc;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// Why a frame's body could not be taken as a JSON-RPC message, as the error the sender is answered
/// with. Only bodies the formatter refused come here, so parsing them a second time costs nothing
/// on the normal path.
/// </summary>
internal static class UnreadableMessage
{
    /// <summary>The same depth limit as the formatter's: deeper nesting is refused, never recursed into.</summary>
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static (RequestId Id, int Code, string Message) Explain(byte[] body, Exception refusal)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            return (RequestId.Null, ErrorCodes.ParseError, $"The message is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (RequestId.Null, ErrorCodes.InvalidRequest, "A JSON-RPC message must be a JSON object (batches are not used by LSP).");
            }

            if (!root.TryGetProperty("id", out var id))
            {
                return (RequestId.Null, ErrorCodes.InvalidRequest, $"The message is not a JSON-RPC request, notification or response: {refusal.Message}");
            }

            return id.ValueKind switch
            {
                JsonValueKind.Number when id.TryGetInt64(out var number) => (new RequestId(number), ErrorCodes.InvalidRequest, $"The message is not a valid JSON-RPC request: {refusal.Message}"),
                JsonValueKind.String => (new RequestId(id.GetString()), ErrorCodes.InvalidRequest, $"The message is not a valid JSON-RPC request: {refusal.Message}"),
                _ => (RequestId.Null, ErrorCodes.InvalidRequest, "A request id must be an integer or a string."),
            };
        }
    }
}

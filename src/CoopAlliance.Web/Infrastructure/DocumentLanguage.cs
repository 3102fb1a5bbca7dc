using CoopAlliance.Domain.Common;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// The language a document for a co-op (its dues statement) is asked for: <c>?culture=es|en</c> on the address when the
/// person asks for the other language, else none — and the document is then written in the co-op's preferred language,
/// whatever language the page around the link is in.
/// </summary>
public static class DocumentLanguage
{
    public static string? Asked(HttpRequest request)
    {
        if (!request.Query.TryGetValue(LanguageChoice.QueryKey, out var asked) || string.IsNullOrWhiteSpace(asked.ToString()))
        {
            return null;
        }

        var two = asked.ToString().Trim().Split('-', '_')[0].ToLowerInvariant();
        return Languages.IsSupported(two) ? two : null;
    }
}

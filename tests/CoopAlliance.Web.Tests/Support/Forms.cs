using System.Net;
using System.Text.RegularExpressions;

namespace CoopAlliance.Web.Tests.Support;

/// <summary>Posting Razor Pages forms the way a browser does: GET the page, take its antiforgery token, post the fields.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the first form on the page (the cookie half stays in the client).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var page = await client.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)page.StatusCode}.");
        }

        return TokenIn(await page.Content.ReadAsStringAsync());
    }

    public static string TokenIn(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>GETs <paramref name="path"/> for its token, then posts <paramref name="fields"/> to it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [TokenField] = token }));
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenInput();
}

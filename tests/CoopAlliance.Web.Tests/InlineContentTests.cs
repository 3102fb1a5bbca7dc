using System.Net;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The Content-Security-Policy refuses inline scripts, event-handler attributes and style attributes. This walks the
/// site as each kind of person (following the links it shows) and fails on any page that still has one.
/// </summary>
public sealed partial class InlineContentTests : WebTest
{
    [TestCase(AppFactory.StaffEmail, "/Staff")]
    [TestCase(AppFactory.RepEmail, "/MyCoop")]
    [TestCase(AppFactory.MentorEmail, "/Mentor")]
    [TestCase(null, "/")]
    public async Task NoPageAnyoneCanReachHasInlineScriptOrStyle(string? email, string start)
    {
        var client = email is null ? App.CreateCookieClient() : await App.SignedInBrowserAsync(email);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
        var queue = new Queue<string>([start]);
        var problems = new List<string>();
        while (queue.Count > 0 && seen.Count < 120)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            problems.AddRange(InlineScript().Matches(html).Select(m => $"{path}: {m.Value}"));
            problems.AddRange(StyleOrHandler().Matches(html).Select(m => $"{path}: {m.Value}"));
            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups["href"].Value).Split('#')[0];
                if (href.Length > 1 && !href.StartsWith("/api", StringComparison.Ordinal) && !href.StartsWith("/hangfire", StringComparison.Ordinal)
                    && !href.Contains("Logout", StringComparison.OrdinalIgnoreCase) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.That(seen, Has.Count.GreaterThan(3), "the walk found the site's pages");
        Assert.That(problems, Is.Empty);
    }

    // JSON-LD data blocks (schema.org on co-op pages) are never executed, so the policy does not apply to them.
    [GeneratedRegex("<script(?![^>]*\\b(src=|type=\"application/ld\\+json\"))[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-z][^>]*\\s(style|on[a-z]+)=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrHandler();

    [GeneratedRegex("<a[^>]*\\shref=\"(?<href>/[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}

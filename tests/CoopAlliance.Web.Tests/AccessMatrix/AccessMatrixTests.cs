using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.AccessMatrix;

/// <summary>
/// The role × endpoint matrix (issue 11 §6), generated from the app's route table: every non-public /api endpoint,
/// called by an anonymous caller, a rep of another co-op, a rep of a developing co-op, an unmatched mentor and (where
/// the endpoint is not theirs by role) staff, answers 401, 403 or 404 and changes nothing in the database. Route
/// parameters are real ids of resources that belong to none of these callers. A new endpoint is covered without
/// anyone adding it here; one whose route parameter has no id below fails, saying which.
/// Bodies and the few stated exemptions live in <c>AccessMatrix.json</c> beside this file.
/// </summary>
[NonParallelizable]
public sealed partial class AccessMatrixTests
{
    public enum Caller { Anonymous, RepOfAnotherCoop, RepOfDevelopingCoop, UnmatchedMentor, Staff }

    private static readonly Dictionary<Caller, string[]> RolesOf = new()
    {
        [Caller.Anonymous] = [],
        [Caller.RepOfAnotherCoop] = [Roles.CoopRep],
        [Caller.RepOfDevelopingCoop] = [Roles.CoopRep],
        [Caller.UnmatchedMentor] = [Roles.Mentor],
        [Caller.Staff] = [Roles.Staff, Roles.Admin],
    };

    private const string MentorLogin = "unmatched.mentor@matrix.test";

    /// <summary>One app and database for every case (started when NUnit asks for the cases).</summary>
    private static readonly Lazy<AppFactory> Shared = new(() => new AppFactory());

    private static AppFactory App => Shared.Value;

    private static readonly Lazy<MatrixData> Data = new(() =>
        JsonSerializer.Deserialize<MatrixData>(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "AccessMatrix", "AccessMatrix.json")),
            AppFactory.Json)!);

    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private Dictionary<string, string> _ids = [];
    private string[] _foreignNames = [];

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var endpoint in EndpointAccessTests.ApiEndpoints(App.Services).OrderBy(e => e.RoutePattern.RawText).ThenBy(Method))
        {
            var access = endpoint.Metadata.GetOrderedMetadata<EndpointAccess>();
            if (access.Count == 0 || access.Any(a => a.Access.IsPublic))
            {
                continue; // public (sign-in, the application form); an endpoint without a declaration fails EndpointAccessTests
            }

            foreach (var caller in Enum.GetValues<Caller>())
            {
                // Staff may call nearly everything; they are in the matrix for the endpoints that are not theirs (a rep's own co-op).
                if (caller == Caller.Staff && Allowed(caller, access))
                {
                    continue;
                }

                yield return new TestCaseData(caller, Method(endpoint), endpoint.RoutePattern.RawText)
                    .SetName($"{caller} {Method(endpoint)} {Readable(endpoint.RoutePattern.RawText!)}");
            }
        }
    }

    [OneTimeSetUp]
    public async Task ArrangeCallersAndForeignResources()
    {
        _clients[Caller.Anonymous] = App.CreateClient();
        _clients[Caller.RepOfAnotherCoop] = await App.ClientForAsync(AppFactory.RepEmail);
        _clients[Caller.RepOfDevelopingCoop] = await App.ClientForAsync(DemoData.StartupRepEmail);
        _clients[Caller.Staff] = await App.ClientForAsync(AppFactory.StaffEmail);

        // An unmatched mentor: a Mentor login with a profile and no match.
        var mentorUserId = await App.CreateLoginAsync(MentorLogin, Roles.Mentor);
        var beforeProfile = Fingerprint();
        var profile = await _clients[Caller.Staff].PostAsync("/api/v1/mentoring/mentors", Json(new JsonObject
        {
            ["userId"] = mentorUserId,
            ["skills"] = new JsonArray(new JsonObject { ["skill"] = "GovernanceAndFacilitation", ["level"] = "Expert" }),
            ["languages"] = new JsonArray("English"),
        }));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.Created), await profile.Content.ReadAsStringAsync());
        Assert.That(Fingerprint(), Is.Not.EqualTo(beforeProfile), "the fingerprint sees a write (else the cases would prove nothing)");
        _clients[Caller.UnmatchedMentor] = await App.ClientForAsync(MentorLogin);

        _ids = await ForeignIdsAsync();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        App.Dispose();
    }

    [TestCaseSource(nameof(Cases))]
    public async Task ACallerReachesNoEndpointOrRecordThatIsNotTheirsAndChangesNothing(Caller caller, string method, string route)
    {
        var endpoint = EndpointAccessTests.ApiEndpoints(App.Services).Single(e => Method(e) == method && e.RoutePattern.RawText == route);
        var access = endpoint.Metadata.GetOrderedMetadata<EndpointAccess>();
        var key = $"{method} {route}";
        var url = Url(endpoint.RoutePattern);
        var before = Fingerprint();

        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(key, method) };
        using var response = await _clients[caller].SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        var (expected, why) = Expected(caller, access, endpoint.RoutePattern.Parameters.Count > 0, method, key);
        Assert.That((int)response.StatusCode, Is.AnyOf(expected),
            $"{caller} {method} {url} ({string.Join("; ", access.Select(a => a.Access))}): expected {string.Join(" or ", expected)} because {why}. Body: {body}");
        Assert.That(Fingerprint(), Is.EqualTo(before), $"{caller} {method} {url} changed the database");
        if (response.IsSuccessStatusCode)
        {
            Assert.That(_foreignNames.Where(n => body.Contains(n, StringComparison.Ordinal)), Is.Empty,
                $"{caller} {method} {url} answered {(int)response.StatusCode} with another co-op's data: {body}");
        }
    }

    private static (object[] Statuses, string Why) Expected(Caller caller, IReadOnlyList<EndpointAccess> access, bool hasRouteParameters,
        string method, string key)
    {
        if (caller == Caller.Anonymous)
        {
            return ([401], "the caller is not signed in");
        }

        if (!Allowed(caller, access))
        {
            return ([403], "the caller's roles are not among those the request declares");
        }

        if (Data.Value.Exempt.TryGetValue($"{caller} {key}", out var exempt) || Data.Value.Exempt.TryGetValue($"* {key}", out exempt))
        {
            return ([exempt.Status], exempt.Reason);
        }

        if (hasRouteParameters)
        {
            return ([404], "the record belongs to someone else (give the endpoint a valid body in AccessMatrix.json if it answered 400)");
        }

        return method == "GET"
            ? ([200, 404], "a list open to the role shows only the caller's own records (checked below), or none")
            : ([400, 404], "an empty body is refused before anything is written");
    }

    private static bool Allowed(Caller caller, IReadOnlyList<EndpointAccess> access) =>
        caller != Caller.Anonymous && access.All(a => a.Access.RoleSets.All(set => set.Any(RolesOf[caller].Contains)));

    /// <summary>The route with each parameter replaced by the id of a resource that belongs to none of the callers.</summary>
    private string Url(RoutePattern pattern)
    {
        var raw = pattern.RawText!;
        var url = ParameterPattern().Replace(raw, m =>
        {
            var owner = raw[..m.Index].TrimEnd('/').Split('/')[^1];
            var key = $"{owner}/{m.Groups["name"].Value}";
            return _ids.TryGetValue(key, out var id)
                ? id
                : throw new InvalidOperationException(
                    $"No id for the route parameter \"{key}\" of {raw}: add one to ForeignIdsAsync in {nameof(AccessMatrixTests)} " +
                    "(the id of a real record that belongs to none of the matrix's callers).");
        });
        // Query filters that name another co-op must not widen what a caller sees either.
        return $"{url}?coopId={_ids["coops/id"]}&developingCoopId={_ids["developing-coops/id"]}&mentorId={_ids["mentors/id"]}";
    }

    private static HttpContent Body(string key, string method)
    {
        if (method is "GET" or "DELETE")
        {
            return new StringContent("", Encoding.UTF8);
        }

        if (!Data.Value.Bodies.TryGetValue(key, out var body))
        {
            return new StringContent("{}", Encoding.UTF8, "application/json");
        }

        if (body.ValueKind == JsonValueKind.String && body.GetString() == "multipart")
        {
            var file = new ByteArrayContent("a note"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            return new MultipartFormDataContent { { file, "file", "note.txt" } };
        }

        return new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
    }

    /// <summary>A hash of every row of every table: any insert, update or delete changes it.</summary>
    private static string Fingerprint()
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // WITHOUT ROWID tables (FTS5's shadow tables) mirror their virtual table, which is hashed itself.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    hash.AppendData(value is byte[] bytes ? bytes : Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) + "|"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Real records that belong to none of the callers: another co-op than the rep's, another developing co-op than the start-up rep's, another mentor.</summary>
    private async Task<Dictionary<string, string>> ForeignIdsAsync()
    {
        var foreign = await App.WithDbAsync(async db =>
        {
            var repCoop = await db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync();
            var startupUser = await db.Users.Where(u => u.Email == DemoData.StartupRepEmail).Select(u => u.Id).SingleAsync();
            var mentorUser = await db.Users.Where(u => u.Email == MentorLogin).Select(u => u.Id).SingleAsync();

            // The other co-op with the most records, so every kind of id below can come from it.
            var requests = await db.AssistanceRequests.Where(r => r.CooperativeId != repCoop).Select(r => new { r.Id, r.CooperativeId, r.Title }).ToListAsync();
            var invoices = await db.Invoices.Where(i => i.CooperativeId != repCoop).Select(i => new { i.Id, i.CooperativeId }).ToListAsync();
            var coop = invoices.Select(i => i.CooperativeId).Intersect(requests.Select(r => r.CooperativeId)).FirstOrDefault();
            Assert.That(coop, Is.Not.Zero, "the demo data has another co-op with both an invoice and an assistance request");
            var coopName = await db.Cooperatives.Where(c => c.Id == coop).Select(c => c.LegalName).SingleAsync();
            var request = requests.First(r => r.CooperativeId == coop);
            var person = await db.People.Where(p => p.CooperativeId == coop).Select(p => p.Id).FirstAsync();
            var attachment = await db.AssistanceAttachments.Where(a => requests.Select(r => r.Id).Contains(a.AssistanceRequestId))
                .Select(a => (int?)a.Id).FirstOrDefaultAsync();

            var developing = (await db.DevelopingCoops.Include(c => c.Milestones).ToListAsync())
                .First(c => !c.RepUserIds.Contains(startupUser) && c.Milestones.Count > 0);
            var matches = await db.MentorMatches.ToListAsync();
            var match = matches.FirstOrDefault(m => m.DevelopingCoopId == developing.Id) ??
                        throw new InvalidOperationException("The demo data has no match on a developing co-op other than the start-up rep's.");
            var otherMentor = await db.Mentors.Where(m => m.UserId != mentorUser).Select(m => m.Id).FirstAsync();

            return new
            {
                Coop = coop,
                CoopName = coopName,
                Request = request,
                Person = person,
                Attachment = attachment,
                Invoice = invoices.First(i => i.CooperativeId == coop).Id,
                Developing = developing,
                Match = match.Id,
                Mentor = otherMentor,
                Run = await db.InvoiceRuns.Select(r => r.Id).FirstOrDefaultAsync(),
                Policy = await db.DuesPolicies.Select(p => p.Id).FirstAsync(),
                Provider = await db.Providers.Select(p => p.Id).FirstAsync(),
                Template = await db.MilestoneTemplates.Select(t => t.Id).FirstAsync(),
                User = startupUser,
                Plan = await db.Plans.Select(p => p.Id).FirstAsync(),
                PlanYear = await db.PlanYears.Select(y => y.Id).FirstAsync(),
                Participation = await db.CoopParticipations.Where(p => p.CooperativeId != repCoop).Select(p => p.Id).FirstAsync(),
                BenefitMember = await db.BenefitMembers.Where(m => m.CooperativeId != repCoop).Select(m => (int?)m.Id).FirstOrDefaultAsync() ?? 1,
                LifeEvent = await db.LifeEvents.Where(e => e.CooperativeId != repCoop).Select(e => (int?)e.Id).FirstOrDefaultAsync() ?? 1,
                Campaign = await db.Campaigns.OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync() ?? 1,
                Listing = await db.Listings.Where(l => l.CooperativeId != repCoop).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(),
                ListingPhoto = await db.Photos.Where(p => p.ListingId != null && db.Listings.Any(l => l.Id == p.ListingId && l.CooperativeId != repCoop))
                    .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                Category = await db.ListingCategories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                Conversion = await db.Conversions.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            };
        });

        var attachmentId = foreign.Attachment ?? await UploadAttachmentAsync(foreign.Request.Id);
        _foreignNames = [foreign.CoopName, JsonEncoded(foreign.CoopName), foreign.Developing.Name, JsonEncoded(foreign.Developing.Name),
            foreign.Request.Title, JsonEncoded(foreign.Request.Title)];
        var month = App.Services.GetRequiredService<AllianceClock>().Today.AddMonths(-1).ToString("yyyy-MM");
        var foreignTie = await App.WithDbAsync(db => db.Ties.Where(t => t.CooperativeId == foreign.Coop).Select(t => t.Id).FirstOrDefaultAsync());

        return new Dictionary<string, string>
        {
            ["coops/id"] = $"{foreign.Coop}",
            ["applications/id"] = $"{await App.WithDbAsync(db => db.LoanApplications.Where(a => a.CooperativeId != null && db.Cooperatives.Any(c => c.Id == a.CooperativeId && c.LegalName != DemoData.RepCoop)).Select(a => a.Id).FirstAsync())}",
            ["loans/id"] = $"{await App.WithDbAsync(db => db.Loans.Where(l => l.CooperativeId != null && db.Cooperatives.Any(c => c.Id == l.CooperativeId && c.LegalName != DemoData.RepCoop)).Select(l => l.Id).FirstAsync())}",
            ["ties/tieId"] = $"{Math.Max(foreignTie, 1)}",
            ["organizations/id"] = $"{await App.WithDbAsync(db => db.AlliedOrganizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync())}",
            // Governance has no demo meetings yet: an id that is nobody's (staff-only routes refuse first; the others find nothing).
            ["meetings/id"] = $"{await App.WithDbAsync(db => db.Meetings.OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync()) ?? 999999}",
            ["motions/id"] = $"{await App.WithDbAsync(db => db.Motions.OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync()) ?? 999999}",
            ["delegates/coopId"] = $"{foreign.Coop}",
            ["relationships/relationshipId"] = "999999",
            ["contacts/personId"] = $"{foreign.Person}",
            ["ta-requests/id"] = $"{foreign.Request.Id}",
            ["attachments/attachmentId"] = $"{attachmentId}",
            ["invoices/id"] = $"{foreign.Invoice}",
            ["runs/id"] = $"{Math.Max(foreign.Run, 1)}",
            ["policies/id"] = $"{foreign.Policy}",
            ["ta-providers/id"] = $"{foreign.Provider}",
            ["users/id"] = $"{foreign.User}",
            ["mentors/id"] = $"{foreign.Mentor}",
            ["developing-coops/id"] = $"{foreign.Developing.Id}",
            ["milestones/milestoneId"] = $"{foreign.Developing.Milestones.First().Id}",
            ["milestone-templates/id"] = $"{foreign.Template}",
            ["matches/id"] = $"{foreign.Match}",
            ["ta-reports/month"] = month,
            ["reports/month"] = month,
            ["board/month"] = month,
            ["impact/year"] = month[..4],
            ["charts/chart"] = "members",
            ["summaries/month"] = month,
            ["statements/period"] = month,
            ["plans/id"] = $"{foreign.Plan}",
            ["plan-years/planYearId"] = $"{foreign.PlanYear}",
            ["participations/id"] = $"{foreign.Participation}",
            ["exports/id"] = "1",
            ["terminations/id"] = "999999",
            ["coops/coopId"] = $"{foreign.Coop}",
            ["members/memberId"] = $"{foreign.BenefitMember}",
            ["life-events/id"] = $"{foreign.LifeEvent}",
            ["reconciliations/id"] = "1",
            ["carriers/id"] = "1",
            ["campaigns/id"] = $"{foreign.Campaign}",
            ["participants/coopId"] = $"{foreign.Coop}",
            ["listings/id"] = $"{foreign.Listing}",
            ["photos/photoId"] = $"{foreign.ListingPhoto}",
            ["listing-categories/id"] = $"{foreign.Category}",
            ["conversions/id"] = $"{foreign.Conversion}",
            ["stories/id"] = "1",
            // Events: ids no event has, so the staff-only endpoints answer 401/403 and the public ones 404.
            ["events/id"] = "999999",
            ["sessions/sessionId"] = "999999",
            ["themes/partId"] = "999999",
            ["rooms/partId"] = "999999",
            ["slots/partId"] = "999999",
            ["ticket-types/partId"] = "999999",
            // Deliberation (staff-only endpoints): no caller but staff gets past the role check.
            ["proposals/proposalId"] = "999999",
            ["commitments/commitmentId"] = "999999",
            // Event planning (staff only: the other callers are refused before any record is looked up).
            ["partners/partnerId"] = "999999",
            ["tasks/taskId"] = "999999",
            ["partner-invitations/token"] = "0123456789abcdef0123456789abcdef",
            ["registrations/registrationId"] = "999999",
            ["check-in/registrationId"] = "999999",
        };
    }

    private async Task<int> UploadAttachmentAsync(int requestId)
    {
        var file = new ByteArrayContent("minutes"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var response = await _clients[Caller.Staff].PostAsync($"/api/v1/ta-requests/{requestId}/attachments",
            new MultipartFormDataContent { { file, "file", "minutes.txt" } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    private static string Method(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();

    private static string Readable(string route) => ParameterPattern().Replace(route, m => ":" + m.Groups["name"].Value);

    private static string JsonEncoded(string text) => JsonSerializer.Serialize(text)[1..^1];

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex ParameterPattern();

    private sealed record MatrixData(Dictionary<string, JsonElement> Bodies, Dictionary<string, Exemption> Exempt);

    private sealed record Exemption(int Status, string Reason);
}

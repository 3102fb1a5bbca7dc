using System.Net;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Api.Client;
using CoopAlliance.Web.Tests.Api.Client.Models;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using DomainRegion = CoopAlliance.Domain.Cooperatives.Region;

namespace CoopAlliance.Web.Tests.Api;

/// <summary>
/// The co-op registry through the typed client generated from the OpenAPI document (Api/Client), as another program would call it:
/// a renamed operation, parameter or field in the document stops this file compiling or these tests passing.
/// </summary>
public sealed class CoopApiClientTests : WebTest
{
    /// <summary>Sends the bearer token from /api/v1/auth/login on every request.</summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", $"Bearer {token}");
            return Task.CompletedTask;
        }
    }

    private CoopAllianceApiClient Client(IAuthenticationProvider authentication)
    {
        var http = App.CreateClient();
        return new CoopAllianceApiClient(new HttpClientRequestAdapter(authentication, httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        });
    }

    private async Task<CoopAllianceApiClient> SignedInAsync(string email)
    {
        var login = await Client(new AnonymousAuthenticationProvider()).Api.V1.Auth.Login.PostAsync(
            new LoginRequest { Email = email, Password = AppFactory.Password });
        Assert.That(login?.TokenType, Is.EqualTo("Bearer"));
        return Client(new BearerToken(login!.AccessToken!));
    }

    [Test]
    public async Task TheListFiltersByRegionAndStatusThroughTypedQueryParameters()
    {
        var staff = await SignedInAsync(AppFactory.StaffEmail);
        var expected = await App.WithDbAsync(db => db.Cooperatives
            .Where(c => c.Region == DomainRegion.SouthernVermont && c.Status == Domain.Cooperatives.MembershipStatus.Active)
            .Select(c => c.Id).ToListAsync());

        var page = await staff.Api.V1.Coops.GetAsync(r =>
        {
            r.QueryParameters.Region = nameof(Region.SouthernVermont);
            r.QueryParameters.Status = nameof(MembershipStatus.Active);
            r.QueryParameters.PageSize = 200;
        });

        Assert.That(page!.Total, Is.EqualTo(expected.Count));
        Assert.That(page.Items!.Select(c => c.Id!.Value), Is.EquivalentTo(expected).And.Not.Empty);
        Assert.That(page.Items!.Select(c => (c.Region, c.Status)).Distinct(), Is.EqualTo(new[] { ((Region?)Region.SouthernVermont, (MembershipStatus?)MembershipStatus.Active) }));
    }

    [Test]
    public async Task OneCoopComesBackWithItsFieldsTyped()
    {
        var staff = await SignedInAsync(AppFactory.StaffEmail);
        var stored = await App.WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.LegalName == DemoData.RepCoop));

        var coop = await staff.Api.V1.Coops[stored.Id].GetAsync();

        Assert.That(coop!.Id, Is.EqualTo(stored.Id));
        Assert.That(coop.LegalName, Is.EqualTo(stored.LegalName));
        Assert.That(coop.Town, Is.EqualTo(stored.Town));
        Assert.That(coop.WorkerOwners, Is.EqualTo(stored.WorkerOwners));
        Assert.That(coop.Region.ToString(), Is.EqualTo(stored.Region.ToString()));
        Assert.That(coop.Version, Is.EqualTo(stored.Version));
    }

    [Test]
    public async Task AnEditWithAStaleVersionIsATyped409Problem()
    {
        var staff = await SignedInAsync(AppFactory.StaffEmail);
        var id = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == "Riverbend Childcare Cooperative").Select(c => c.Id).SingleAsync());
        var coop = await staff.Api.V1.Coops[id].GetAsync();
        await staff.Api.V1.Coops[id].PutAsync(Edit(coop!, "Saved first."));

        var stale = Assert.ThrowsAsync<ProblemDetails>(() => staff.Api.V1.Coops[id].PutAsync(Edit(coop!, "Saved second, from an old copy.")));

        Assert.That(stale!.ResponseStatusCode, Is.EqualTo((int)HttpStatusCode.Conflict));
        Assert.That(stale.Status, Is.EqualTo(409));
        Assert.That(stale.Title, Is.Not.Empty);
        var stored = await staff.Api.V1.Coops[id].GetAsync();
        Assert.That(stored!.Description, Is.EqualTo("Saved first."));
        Assert.That(stored.Version, Is.EqualTo(coop!.Version + 1));
    }

    [Test]
    public async Task ARepsListHoldsOnlyTheirOwnCoop()
    {
        var rep = await SignedInAsync(AppFactory.RepEmail);

        var page = await rep.Api.V1.Coops.GetAsync(r => r.QueryParameters.PageSize = 200);

        Assert.That(page!.Items!.Select(c => c.LegalName), Is.EqualTo(new[] { DemoData.RepCoop }));
        Assert.That(page.Total, Is.EqualTo(1));
    }

    /// <summary>The edit a client sends: what it read, with a new description, and the version it read.</summary>
    private static UpdateCoop Edit(CoopDetail coop, string description) => new()
    {
        Id = coop.Id,
        Version = coop.Version,
        LegalName = coop.LegalName,
        TradeName = coop.TradeName,
        Kind = coop.Kind,
        Sector = coop.Sector,
        StreetAddress = coop.StreetAddress,
        Town = coop.Town,
        State = coop.State,
        PostalCode = coop.PostalCode,
        Region = coop.Region,
        FoundedOn = coop.FoundedOn,
        WorkerOwners = coop.WorkerOwners,
        OtherWorkers = coop.OtherWorkers,
        RevenueBand = coop.RevenueBand,
        Website = coop.Website,
        Email = coop.Email,
        Phone = coop.Phone,
        Description = description,
    };
}

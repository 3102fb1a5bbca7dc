using CoopAlliance.Application.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Assistance.Providers;

/// <summary>The roster of providers: staff and external people who help co-ops.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Active { get; set; }

    public IReadOnlyList<ProviderDto> Providers { get; private set; } = [];

    public async Task OnGetAsync() => Providers = await Mediator.Send(new ListProviders(Active, Q), HttpContext.RequestAborted);
}

using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Assistance.Providers;

/// <summary>Adds a provider to the roster or edits one (a stale edit is refused, not silently overwritten).</summary>
public sealed class EditModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SaveProvider Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> StaffLogins { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var provider = (await Mediator.Send(new ListProviders(), HttpContext.RequestAborted)).FirstOrDefault(p => p.Id == id);
            if (provider is null)
            {
                return NotFound();
            }

            Input = new SaveProvider
            {
                Id = provider.Id,
                Kind = provider.Kind,
                UserId = provider.UserId,
                Name = provider.Name,
                Organization = provider.Organization,
                Email = provider.Email,
                Phone = provider.Phone,
                Specialties = provider.Specialties,
                HourlyRate = provider.HourlyRate,
                Billing = provider.Billing,
                IsActive = provider.IsActive,
                Version = provider.Version,
            };
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input = Input with { Id = Id };
        if (ModelState.IsValid)
        {
            var (ok, saved) = await TrySendAsync(Input);
            if (ok)
            {
                Flash($"{saved.Name} is saved on the roster.");
                return RedirectToPage("/Assistance/Providers/Index");
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        StaffLogins = (await Mediator.Send(new ListUsers(null), HttpContext.RequestAborted))
            .Where(u => u.Roles.Contains(Roles.Staff))
            .Select(u => new SelectListItem($"{u.FullName} ({u.Email})", u.Id.ToString(), u.Id == Input.UserId)).ToList();
}

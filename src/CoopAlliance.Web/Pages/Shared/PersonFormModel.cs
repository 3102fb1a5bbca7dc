using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.People;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Shared;

/// <summary>
/// Add, edit or remove (after confirming) one person on a co-op's roster. Staff reach it from the co-op page,
/// a rep from "My co-op"; the two pages differ only in which co-op and where to go back to.
/// </summary>
public abstract class PersonFormModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public PersonInput Input { get; set; } = new();

    public CoopDetail Coop { get; private set; } = null!;
    public PersonDto? Existing { get; private set; }
    public bool Removing { get; private set; }

    protected abstract int? CoopId { get; }

    /// <summary>The flash messages in the request's language (Resources/Pages/Shared/PersonFormModel.resx).</summary>
    private IStringLocalizer Words => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PersonFormModel>>();
    protected abstract IActionResult BackToCoop();

    public async Task<IActionResult> OnGetAsync(int? personId, bool remove = false)
    {
        if (!await LoadAsync(personId))
        {
            return NotFound();
        }

        Removing = remove && Existing is not null;
        if (Existing is { } p)
        {
            Input = new PersonInput
            {
                FullName = p.FullName,
                Role = p.Role,
                Email = p.Email,
                Phone = p.Phone,
                IsWorkerOwner = p.IsWorkerOwner,
                StartedOn = p.StartedOn,
                IsPrimaryContact = p.IsPrimaryContact,
                Version = p.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? personId)
    {
        if (!await LoadAsync(personId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var coopId = Coop.Id;
        var ok = Existing is { } p
            ? (await TrySendAsync(new UpdatePerson
            {
                CoopId = coopId,
                PersonId = p.Id,
                Version = Input.Version,
                FullName = Input.FullName ?? "",
                Role = Input.Role,
                Email = Input.Email,
                Phone = Input.Phone,
                IsWorkerOwner = Input.IsWorkerOwner,
                StartedOn = Input.StartedOn,
                IsPrimaryContact = Input.IsPrimaryContact,
            })).Ok
            : (await TrySendAsync(new AddPerson
            {
                CoopId = coopId,
                FullName = Input.FullName ?? "",
                Role = Input.Role,
                Email = Input.Email,
                Phone = Input.Phone,
                IsWorkerOwner = Input.IsWorkerOwner,
                StartedOn = Input.StartedOn,
                IsPrimaryContact = Input.IsPrimaryContact,
            })).Ok;
        if (!ok)
        {
            return Page();
        }

        Flash(Existing is null ? Words["{0} is added to the roster.", Input.FullName ?? ""] : Words["{0}'s details are saved.", Input.FullName ?? ""]);
        return BackToCoop();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int personId)
    {
        if (!await LoadAsync(personId) || Existing is null)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new RemovePerson(Coop.Id, personId));
        if (!ok)
        {
            Removing = true;
            return Page();
        }

        Flash(Words["{0} is removed from the roster.", Existing.FullName]);
        return BackToCoop();
    }

    private async Task<bool> LoadAsync(int? personId)
    {
        if (CoopId is not { } coopId || await FindAsync(new GetCoop(coopId)) is not { } coop)
        {
            return false;
        }

        Coop = coop;
        if (personId is { } id)
        {
            Existing = coop.People.FirstOrDefault(p => p.Id == id);
            return Existing is not null;
        }

        return true;
    }

    public sealed class PersonInput
    {
        public string? FullName { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public bool IsWorkerOwner { get; set; } = true;
        public DateOnly? StartedOn { get; set; }
        public bool IsPrimaryContact { get; set; }
        public int Version { get; set; }
    }
}

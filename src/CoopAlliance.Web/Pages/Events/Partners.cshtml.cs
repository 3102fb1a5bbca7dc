using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Events.Partners;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// Staff: one event's planning partners (answers, roles, contacts, the invite form) and the shared planning task list
/// (add, edit, done/reopen; due-soon and overdue highlighted; CSV).
/// </summary>
public sealed class PartnersModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty] public InviteInput Invite { get; set; } = new();
    [BindProperty] public TaskInput TaskForm { get; set; } = new();

    public PlanningBoardDto Board { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];
    public TaskFilter? Filter => Enum.TryParse<TaskFilter>(Status, true, out var f) ? f : null;

    public async Task<IActionResult> OnGetAsync(int? edit)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (edit is { } taskId && (await Mediator.Send(new ListTasks(Id), HttpContext.RequestAborted)).FirstOrDefault(t => t.Id == taskId) is { } task)
        {
            TaskForm = TaskInput.From(task);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var file = await FindAsync(new ExportTasks(Id, Filter));
        return file is null ? NotFound() : File(file.Content, "text/csv", file.FileName);
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var (ok, _) = await TrySendAsync(new InvitePartner(Id, Invite.CooperativeId, Invite.OrganisationName, Invite.ContactName ?? "", Invite.ContactEmail ?? "",
            Invite.Message), "Invite");
        if (ok)
        {
            Flash($"Invitation queued for {Invite.ContactEmail}.");
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRolesAsync(int partnerId, List<PartnerRoles>? roles)
    {
        var (ok, _) = await TrySendAsync(new AssignPartnerRoles(Id, partnerId, roles ?? []), "");
        return await AfterAsync(ok, "Roles saved.");
    }

    public async Task<IActionResult> OnPostContactAsync(int partnerId, string? contactName, string? contactEmail)
    {
        var (ok, _) = await TrySendAsync(new ChangePartnerContact(Id, partnerId, contactName ?? "", contactEmail ?? ""), "");
        return await AfterAsync(ok, "Contact saved.");
    }

    public async Task<IActionResult> OnPostTaskAsync()
    {
        var t = TaskForm;
        var due = t.DueOn ?? default;
        bool ok;
        if (t.TaskId is { } taskId)
        {
            (ok, _) = await TrySendAsync(new UpdateTask(Id, taskId, t.Version, t.What ?? "", t.OwnerName, t.OwnerEmail, t.PartnerId, due), "TaskForm");
        }
        else
        {
            (ok, _) = await TrySendAsync(new AddTask(Id, t.What ?? "", t.OwnerName, t.OwnerEmail, t.PartnerId, due), "TaskForm");
        }

        return await AfterAsync(ok, t.TaskId is null ? "Task added." : "Task saved.");
    }

    public async Task<IActionResult> OnPostDoneAsync(int taskId)
    {
        var (ok, _) = await TrySendAsync(new MarkTaskDone(Id, taskId), "");
        return await AfterAsync(ok, "Task marked done.");
    }

    public async Task<IActionResult> OnPostReopenAsync(int taskId)
    {
        var (ok, _) = await TrySendAsync(new ReopenTask(Id, taskId), "");
        return await AfterAsync(ok, "Task reopened.");
    }

    public IEnumerable<SelectListItem> PartnerChoices() =>
        Board.Partners.Select(p => new SelectListItem(p.OrganisationName, p.Id.ToString()));

    public static IEnumerable<PartnerRoles> AllRoles => Enum.GetValues<PartnerRoles>().Where(r => r != PartnerRoles.None);

    private async Task<IActionResult> AfterAsync(bool ok, string message)
    {
        if (ok)
        {
            Flash(message);
            return RedirectToPage(new { id = Id, status = Status });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var board = await FindAsync(new GetPlanningBoard(Id, Filter));
        if (board is null)
        {
            return false;
        }

        Board = board;
        var coops = await Mediator.Send(new ListCoops { PageSize = 200, Status = MembershipStatus.Active }, HttpContext.RequestAborted);
        Coops = coops.Items.Select(c => new SelectListItem(c.LegalName, c.Id.ToString())).ToList();
        return true;
    }

    [ValidatedAs(typeof(InvitePartner))]
    public sealed class InviteInput
    {
        [Display(Name = "Member co-op")] public int? CooperativeId { get; set; }
        [Display(Name = "Or an allied organisation")] public string? OrganisationName { get; set; }
        [Display(Name = "Contact name")] public string? ContactName { get; set; }
        [Display(Name = "Contact email")] public string? ContactEmail { get; set; }
        [Display(Name = "A note in the invitation")] public string? Message { get; set; }
    }

    [ValidatedAs(typeof(AddTask))]
    public sealed class TaskInput
    {
        public int? TaskId { get; set; }
        public int Version { get; set; }
        [Display(Name = "What needs doing")] public string? What { get; set; }
        [Display(Name = "Partner that owns it")] public int? PartnerId { get; set; }
        [Display(Name = "Owner")] public string? OwnerName { get; set; }
        [Display(Name = "Owner's email")] public string? OwnerEmail { get; set; }
        [Display(Name = "Due on")] public DateOnly? DueOn { get; set; }

        public static TaskInput From(PlanningTaskDto t) => new()
        {
            TaskId = t.Id,
            Version = t.Version,
            What = t.What,
            PartnerId = t.PartnerId,
            OwnerName = t.OwnerName,
            OwnerEmail = t.OwnerEmail,
            DueOn = t.DueOn,
        };
    }
}

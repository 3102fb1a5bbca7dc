using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportRef",
                table: "Cooperatives",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FileNames = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Phase = table.Column<int>(type: "int", nullable: false),
                    LastLine = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    CoopsCreated = table.Column<int>(type: "int", nullable: false),
                    CoopsUpdated = table.Column<int>(type: "int", nullable: false),
                    CoopsUnchanged = table.Column<int>(type: "int", nullable: false),
                    PeopleCreated = table.Column<int>(type: "int", nullable: false),
                    PeopleUpdated = table.Column<int>(type: "int", nullable: false),
                    PeopleUnchanged = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives",
                column: "ImportRef",
                unique: true,
                filter: "[ImportRef] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_FileHash",
                table: "ImportRuns",
                column: "FileHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives");

            migrationBuilder.DropColumn(
                name: "ImportRef",
                table: "Cooperatives");
        }
    }
}
